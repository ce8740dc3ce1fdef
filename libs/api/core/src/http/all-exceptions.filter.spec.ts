import { type ArgumentsHost, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AllExceptionsFilter, UNREPRESENTABLE_INPUT } from './all-exceptions.filter';

/** What node-postgres throws and TypeORM wraps: PostgreSQL's message quotes the refused value. */
function postgresError(code: string, value = 'jeton-secret-123'): QueryFailedError {
  const driverError = Object.assign(new Error(`invalid input syntax for type uuid: "${value}"`), { code, severity: 'ERROR' });
  return new QueryFailedError('SELECT $1::uuid', [value], driverError);
}

function spyLogs() {
  return {
    warn: vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined),
    error: vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined),
  };
}

describe('the exception filter’s safety net for values PostgreSQL cannot represent', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(['22P02', '22007', '22008', '22003', '22021', '22P05', '22001'])(
    'answers SQLSTATE %s with a French 400, logged as a warning that names the code but not the value',
    (code) => {
      const logs = spyLogs();
      expect(new AllExceptionsFilter().toBody(postgresError(code))).toEqual({ statusCode: 400, message: UNREPRESENTABLE_INPUT });
      expect(UNREPRESENTABLE_INPUT).toBe("Une valeur de la requête n'est pas valide.");
      expect(logs.warn).toHaveBeenCalledOnce();
      const logged = String(logs.warn.mock.calls[0]?.[0]);
      expect(logged).toContain(code);
      expect(logged).not.toContain('jeton-secret-123');
      expect(logs.error).not.toHaveBeenCalled();
    },
  );

  it('reads the code on the driver’s error as well as on a bare one', () => {
    spyLogs();
    const bare = Object.assign(new Error('date/time field value out of range'), { code: '22008' });
    expect(new AllExceptionsFilter().toBody(bare).statusCode).toBe(400);
  });

  it('keeps every other database error a 500 logged as an error, so that real bugs stay visible', () => {
    for (const code of ['23505', '22012', '42P01', '40001', 'constructor', 'toString']) {
      const logs = spyLogs();
      expect(new AllExceptionsFilter().toBody(postgresError(code))).toEqual({
        statusCode: 500,
        message: 'Une erreur inattendue est survenue. Veuillez réessayer plus tard.',
      });
      expect(logs.error).toHaveBeenCalledOnce();
      expect(logs.warn).not.toHaveBeenCalled();
      vi.restoreAllMocks();
    }
  });

  it('still answers 503 when the database is down', () => {
    spyLogs();
    expect(new AllExceptionsFilter().toBody(postgresError('57P03')).statusCode).toBe(503);
  });

  it('sends the 400 as the response body', () => {
    spyLogs();
    const json = vi.fn();
    const response = { headersSent: false, status: vi.fn(() => ({ json })) };
    const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
    new AllExceptionsFilter().catch(postgresError('22P02'), host);
    expect(response.status).toHaveBeenCalledWith(400);
    expect(json).toHaveBeenCalledWith({ statusCode: 400, message: UNREPRESENTABLE_INPUT });
  });
});
