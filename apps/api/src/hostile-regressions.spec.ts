import { Logger } from '@nestjs/common';
import { AllExceptionsFilter, UNREPRESENTABLE_INPUT } from '@portail/api-core';
import type { FirmAccountList } from '@portail/domain';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

const base64url = (text: string) => Buffer.from(text).toString('base64url');
const jsonCursor = (value: unknown) => base64url(JSON.stringify(value));
/** 36 characters of hex and dashes that PostgreSQL's uuid cast refuses. */
const NOT_UUIDS = ['------------------------------------', 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaa-', '0123456789abcdef0123456789abcdef0123'];
const AFTER = 'Le curseur de pagination n’est pas valide (paramètre « after ») : revenez à la première page.';
const BEFORE = 'Le champ « before » ne correspond à aucune page de la liste.';
const AT_FORMAT = 'Le champ « at » doit être une date au format ISO 8601 (ex. 2027-01-15T09:00:00+01:00).';
const SOME_UUID = '00000000-0000-4000-8000-000000000000';

function expectRefusal(response: Response, message: string): void {
  expect({ status: response.status, message: response.body.message }).toEqual({ status: 400, message });
}

/**
 * The inputs that once answered 500 (issue #13): each gets its own precise French 400, before
 * PostgreSQL is asked anything it cannot represent.
 */
describe('hostile inputs that once answered 500', () => {
  let test: TestApp;
  let accountant: TestAgent;
  let collaboratorId: string;

  beforeAll(async () => {
    test = await createTestApp();
    accountant = await test.newClient();
    await accountant.post('/api/auth/login').send({ identifier: '44306184100013', password: 'Bilan024' }).expect(200);
    const accounts = (await accountant.get('/api/firm/accounts').expect(200)).body as FirmAccountList;
    const collaborator = accounts.accounts.find((account) => account.role === 'collaborateur');
    if (!collaborator) throw new Error('the Découverte firm has no collaborator');
    collaboratorId = collaborator.personId;
  });
  afterAll(() => test.close());

  it('a portfolio cursor whose id is 36 hex-or-dash characters but no UUID', async () => {
    const paths = ['/api/portfolio/clients', `/api/firm/accounts/${collaboratorId}/clients`, `/api/firm/accounts/${collaboratorId}/assignable`];
    for (const path of paths) {
      for (const id of NOT_UUIDS) {
        for (const [sort, key] of [['nom', 'martin'], ['ajout', '1767225600000000'], ['-ajout', '1']]) {
          expectRefusal(await accountant.get(path).query({ sort, after: jsonCursor([key, id]) }), AFTER);
        }
      }
    }
  });

  it('a portfolio cursor holding an out-of-range date, a number or a NUL', async () => {
    const uuid = SOME_UUID;
    for (const key of ['999999999999999999999', '-1', '1e20', 'NaN', '']) {
      expectRefusal(await accountant.get('/api/portfolio/clients').query({ sort: 'ajout', after: jsonCursor([key, uuid]) }), AFTER);
    }
    for (const cursor of [[1767225600000000, uuid], ['martin\u0000', uuid], ['\uD800', uuid], ['martin', uuid, 'x']]) {
      expectRefusal(await accountant.get('/api/portfolio/clients').query({ after: jsonCursor(cursor) }), AFTER);
    }
  });

  it('an audit cursor holding numbers instead of digits, or a date beyond year 9999', async () => {
    // As raw JSON: 2^53 + 1 is written the way a forger would, digits a JavaScript number cannot hold.
    for (const cursor of ['[1767225600000000,1]', '["1767225600000000",9007199254740993]', '["253402300800000000","1"]', '["1","99999999999999999999"]']) {
      expectRefusal(await accountant.get('/api/firm/audit').query({ after: base64url(cursor) }), AFTER);
    }
  });

  it('a NUL byte in a query parameter', async () => {
    const response = await test.api.get('/api/sandbox/messages?recipient=%00');
    expectRefusal(response, 'Le champ « recipient » contient un caractère non autorisé.');
    expectRefusal(await accountant.get('/api/portfolio/clients?search=%00'), 'Le champ « search » contient un caractère non autorisé.');
  });

  it('a mailbox cursor holding an out-of-range or malformed date, or an id that is no UUID', async () => {
    const uuid = SOME_UUID;
    const dates = ['-271821-04-20T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00.000Z', '2026-02-30T00:00:00.000Z', 'NaN', '1e309', '2026-01-01'];
    for (const date of dates) {
      expectRefusal(await test.api.get('/api/sandbox/messages').query({ before: base64url(`${date}|${uuid}`) }), BEFORE);
    }
    for (const id of NOT_UUIDS) {
      expectRefusal(await test.api.get('/api/sandbox/messages').query({ before: base64url(`2026-01-01T00:00:00.000Z|${id}`) }), BEFORE);
    }
  });

  it('a NUL or a lone surrogate in a body field, in a path parameter and in the login form', async () => {
    const trainer = await test.trainer();
    const json = (client: TestAgent, path: string, body: unknown) => client.post(path).set('content-type', 'application/json').send(JSON.stringify(body));
    for (const text of ['\u0000', 'a\uD800', '\uDC00b', '\uDC00\uD800', '\uDBFF']) {
      expectRefusal(
        await json(accountant, `/api/portfolio/clients/${SOME_UUID}/finalise`, { method: 'questions', answers: ['Albi', text] }),
        'Le champ « answers.1 » contient un caractère non autorisé.',
      );
      expectRefusal(await json(test.api, '/api/auth/login', { identifier: text, password: 'x' }), 'Le champ « identifier » contient un caractère non autorisé.');
      expectRefusal(await json(test.api, '/api/auth/login', { identifier: 'a@b.fr', password: text }), 'Le champ « password » contient un caractère non autorisé.');
      // A field with a rule of its own keeps its own, more precise, message.
      expectRefusal(await json(trainer, '/api/sandbox/clock/set', { at: `2027-01-15T09:00:00Z${text}` }), AT_FORMAT);
    }
    expectRefusal(await trainer.post('/api/sandbox/personas/%00/act-as'), 'Le champ « key » contient un caractère non autorisé.');
    expectRefusal(await accountant.post('/api/help/questions/%00/vote').send({ useful: true }), 'Le champ « questionId » contient un caractère non autorisé.');
    expectRefusal(await accountant.get('/api/portfolio/clients/%00/cotisations'), 'Le champ « id » contient un caractère non autorisé.');
  });

  it('« Régler la date » with a malformed or out-of-range date, and the clock with numbers beyond 2^53', async () => {
    const trainer = await test.trainer();
    const json = (path: string, body: string) => trainer.post(path).set('content-type', 'application/json').send(body);
    for (const at of ['2026-02-30T09:00:00Z', '0000-01-01T00:00:00Z', '10000-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00Z', 'NaN', '2026-01-01T24:00:00Z']) {
      expectRefusal(await json('/api/sandbox/clock/set', JSON.stringify({ at })), AT_FORMAT);
    }
    expectRefusal(await json('/api/sandbox/clock/set', '{"at":"9999-12-31T23:59:59Z"}'), 'Le champ « at » doit être à moins de dix ans de la date réelle.');
    for (const hours of ['9007199254740993', '1e309', '-1e309', '1.5']) {
      expectRefusal(await json('/api/sandbox/clock/advance', `{"hours":${hours}}`), 'Le champ « hours » doit être un nombre entier entre 0 et 8760.');
    }
    expectRefusal(await json('/api/sandbox/clock/advance', '{"hours":-0}'), 'Indiquez une durée positive en minutes, heures (« hours ») ou jours (« days »).');
    for (const limit of ['9007199254740993', '1e309', '-0', 'NaN']) {
      expectRefusal(await test.api.get(`/api/sandbox/messages?limit=${limit}`), 'Le champ « limit » doit être un nombre entier entre 1 et 100.');
    }
  });

  it('behind them, the filter answers PostgreSQL’s own refusals 400 and logs a warning', async () => {
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const refusals: [string, unknown[], string][] = [
      ['SELECT $1::uuid', ['------------------------------------'], '22P02'],
      ['SELECT $1::text', ['a\u0000'], '22021'],
      ["SELECT timestamptz 'epoch' + $1::bigint * interval '1 microsecond'", ['9223372036854775807'], '22008'],
      ['SELECT $1::date', ['2026-02-30'], '22008'],
      ['SELECT $1::int', ['99999999999'], '22003'],
      ['SELECT $1::timestamptz', ['2026-13-45 99:99'], '22008'],
    ];
    for (const [sql, parameters, code] of refusals) {
      const error: { code?: string } = await test.dataSource.query(sql, parameters).then(
        () => ({}),
        (failure: { code?: string }) => failure,
      );
      expect(error.code, sql).toBe(code);
      expect(new AllExceptionsFilter().toBody(error)).toEqual({ statusCode: 400, message: UNREPRESENTABLE_INPUT });
    }
    expect(warn).toHaveBeenCalledTimes(refusals.length);
    warn.mockRestore();
  });
});
