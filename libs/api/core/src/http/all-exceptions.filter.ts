import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import type { ApiErrorBody } from '@portail/domain';
import { FrenchValidationException } from './french-validation';

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'La requête est invalide.',
  401: 'Vous devez vous connecter pour accéder à ce service.',
  403: "Vous n'avez pas les droits nécessaires pour cette action.",
  404: 'Cette adresse ne correspond à aucune ressource du portail.',
  405: "Cette méthode n'est pas acceptée à cette adresse.",
  409: 'Cette opération est en conflit avec une donnée existante.',
  413: 'La requête est trop volumineuse.',
  415: "Le format de la requête n'est pas pris en charge : envoyez du JSON encodé en UTF-8.",
  422: 'La requête ne peut pas être traitée.',
  429: 'Trop de tentatives : veuillez patienter avant de réessayer.',
  500: 'Une erreur inattendue est survenue. Veuillez réessayer plus tard.',
  503: 'Le service est momentanément indisponible. Veuillez réessayer dans quelques instants.',
};

// The errors of Express's body parser carry a `type`; they are the client's fault.
const BODY_PARSER_ERRORS: Record<string, [number, string]> = {
  'entity.parse.failed': [400, "Le corps de la requête n'est pas un JSON valide."],
  'entity.too.large': [413, DEFAULT_MESSAGES[413]],
  'encoding.unsupported': [415, DEFAULT_MESSAGES[415]],
  'charset.unsupported': [415, DEFAULT_MESSAGES[415]],
  'request.aborted': [400, 'La requête a été interrompue.'],
  'request.size.invalid': [400, 'La taille annoncée de la requête est incorrecte.'],
  'parameters.too.many': [413, DEFAULT_MESSAGES[413]],
};

// PostgreSQL and network codes meaning "the database cannot be reached right now".
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300', '57014',
]);

/**
 * SQLSTATEs meaning PostgreSQL could not represent a value of the request (a cast, a date, a
 * number, an encoding, a length). Every known case is refused earlier with a message naming its
 * field; this is the defence in depth behind them, answered 400 but logged as a warning, since it
 * means an input slipped past its validation.
 */
const UNREPRESENTABLE_INPUT_CODES = new Map([
  ['22P02', 'invalid_text_representation'],
  ['22007', 'invalid_datetime_format'],
  ['22008', 'datetime_field_overflow'],
  ['22003', 'numeric_value_out_of_range'],
  ['22021', 'character_not_in_repertoire'],
  ['22P05', 'untranslatable_character'],
  ['22001', 'string_data_right_truncation'],
]);
export const UNREPRESENTABLE_INPUT = "Une valeur de la requête n'est pas valide.";

function isFieldErrorList(value: unknown): value is { field: string; message: string }[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof (item as { field?: unknown }).field === 'string' && typeof (item as { message?: unknown }).message === 'string')
  );
}

/** Nest turns body-parser's SyntaxError and Express's URIError into an English 400. */
function translateNestMessage(status: number, raw: unknown): string | undefined {
  if (status !== 400 || typeof raw !== 'string') return undefined;
  if (/JSON/.test(raw)) return "Le corps de la requête n'est pas un JSON valide.";
  if (/decode param/i.test(raw)) return "L'adresse contient un caractère mal encodé.";
  return undefined;
}

/**
 * Our own exceptions carry French sentences; the ones Nest and its libraries raise carry English
 * (a bare status phrase, « Cannot GET /x », « Validation failed … »): those get a French default.
 */
function isOwnMessage(message: unknown): message is string {
  if (typeof message !== 'string' || message.trim() === '') return false;
  if (Object.values(STATUS_CODES).includes(message)) return false;
  return !/^(Cannot [A-Z]+ \/|Validation failed|Unexpected |Missing credentials|Http Exception|ThrottlerException)/.test(message);
}

/**
 * Every error leaves the API as `{ statusCode, message }` in French, with no stack trace;
 * anything unexpected is logged and answered 500, the database being down 503.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Erreurs');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof FrenchValidationException) {
      return { statusCode: 400, message: exception.message, errors: exception.fieldErrors };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const raw = typeof payload === 'string' ? payload : (payload as { message?: unknown }).message;
      const message =
        translateNestMessage(status, raw) ??
        (isOwnMessage(raw) ? raw : (DEFAULT_MESSAGES[status] ?? DEFAULT_MESSAGES[status >= 500 ? 500 : 400]));
      if (status >= 500) this.logger.error(exception);
      // A machine-readable `reason` (e.g. why a link is refused, 410) and the fields concerned
      // (e.g. which of SIRET or e-mail is already registered, 409) are kept for the portal.
      // `triesLeft` tells how many finalisation tries remain before an attachment is locked.
      const { reason, errors, triesLeft } =
        typeof payload === 'object' ? (payload as { reason?: unknown; errors?: unknown; triesLeft?: unknown }) : {};
      return {
        statusCode: status,
        message,
        ...(typeof reason === 'string' ? { reason } : {}),
        ...(typeof triesLeft === 'number' ? { triesLeft } : {}),
        ...(isFieldErrorList(errors) ? { errors } : {}),
      };
    }
    const error = exception as { type?: string; code?: string; driverError?: { code?: string } };
    const bodyParserError = error?.type ? BODY_PARSER_ERRORS[error.type] : undefined;
    if (bodyParserError) {
      return { statusCode: bodyParserError[0], message: bodyParserError[1] };
    }
    const code = error?.driverError?.code ?? error?.code;
    const unrepresentable = code ? UNREPRESENTABLE_INPUT_CODES.get(code) : undefined;
    if (code && unrepresentable) {
      // The code only: PostgreSQL's message quotes the value, which may be a secret.
      this.logger.warn(`Valeur de la requête refusée par PostgreSQL (${code} ${unrepresentable}) : une validation manque en amont.`);
      return { statusCode: HttpStatus.BAD_REQUEST, message: UNREPRESENTABLE_INPUT };
    }
    if (code && UNAVAILABLE_CODES.has(code)) {
      this.logger.warn(`Base de données indisponible (${code})`);
      return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, message: DEFAULT_MESSAGES[503] };
    }
    if (exception instanceof Error && /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(exception.message)) {
      this.logger.warn(`Base de données indisponible (${exception.message})`);
      return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, message: DEFAULT_MESSAGES[503] };
    }
    this.logger.error(exception);
    return { statusCode: 500, message: DEFAULT_MESSAGES[500] };
  }
}
