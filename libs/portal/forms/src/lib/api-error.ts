import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody, LinkRefusal } from '@portail/domain';

export const SERVICE_UNAVAILABLE_MESSAGE = 'Le service est indisponible pour le moment. Réessayez dans un instant.';
export const UNEXPECTED_ERROR_MESSAGE = 'Une erreur inattendue est survenue. Réessayez dans un instant.';

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).message === 'string';
}

function httpError(error: unknown): HttpErrorResponse | null {
  if (error instanceof HttpErrorResponse) {
    return error;
  }
  // Resources wrap values that are not errors; the HTTP error is then the cause.
  return error instanceof Error && error.cause !== undefined ? httpError(error.cause) : null;
}

/** The HTTP status of a failed call, or null when it is not an HTTP error. */
export function httpStatusOf(error: unknown): number | null {
  return httpError(error)?.status ?? null;
}

/**
 * The sentence to show a person when a call fails: the API's own French message when it sent one
 * (every API error carries an ApiErrorBody), otherwise a generic one.
 */
export function describeApiError(error: unknown): string {
  const response = httpError(error);
  if (!response) {
    return UNEXPECTED_ERROR_MESSAGE;
  }
  if (isApiErrorBody(response.error) && response.error.message.trim() !== '') {
    return response.error.message;
  }
  // No answer at all (0), or a server error without the API's body: a proxy answered.
  return response.status === 0 || response.status >= 500 ? SERVICE_UNAVAILABLE_MESSAGE : UNEXPECTED_ERROR_MESSAGE;
}

/** The per-field sentences of a 400 (or 409) answer: `{ siret: '…' }`. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const body = httpError(error)?.error;
  const fields: Record<string, string> = {};
  if (isApiErrorBody(body) && Array.isArray(body.errors)) {
    for (const { field, message } of body.errors) {
      fields[field] ??= message;
    }
  }
  return fields;
}

/** The body of a 410 answer to a validation or reset link, or null for any other failure. */
export function linkRefusalOf(error: unknown): LinkRefusal | null {
  const response = httpError(error);
  if (response?.status !== 410) {
    return null;
  }
  const body = response.error as Partial<LinkRefusal> | null;
  return {
    statusCode: 410,
    message: typeof body?.message === 'string' ? body.message : 'Ce lien n’est plus valide.',
    reason: body?.reason ?? 'unknown',
  };
}
