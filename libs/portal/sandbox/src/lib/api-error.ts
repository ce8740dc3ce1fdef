import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@portail/domain';

const UNAVAILABLE = 'Le service du bac à sable est indisponible pour le moment. Réessayez dans un instant.';
const UNEXPECTED = 'Une erreur inattendue est survenue. Réessayez dans un instant.';

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).message === 'string';
}

/**
 * The sentence to show a person when a call fails: the API's own French message when it sent one
 * (every API error carries an ApiErrorBody), otherwise a generic one.
 */
export function describeApiError(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (isApiErrorBody(error.error) && error.error.message.trim() !== '') {
      return error.error.message;
    }
    // No answer at all (0), or a server error without the API's body: a proxy or gateway
    // answered because the API could not be reached.
    return error.status === 0 || error.status >= 500 ? UNAVAILABLE : UNEXPECTED;
  }
  // Resources wrap values that are not errors; the HTTP error is then the cause.
  if (error instanceof Error && error.cause !== undefined) {
    return describeApiError(error.cause);
  }
  return UNEXPECTED;
}
