import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@portail/domain';

/** What the portfolio pages branch on in a refusal; describeApiError gives its sentence. */
export interface ApiRefusal {
  status: number | null;
  /** AddClientRefusal, or `wrong-proof` / `locked` / `not-pending` for a finalisation. */
  reason: string | null;
  triesLeft: number | null;
}

export function refusalOf(error: unknown): ApiRefusal {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: null, reason: null, triesLeft: null };
  }
  const body = (typeof error.error === 'object' && error.error !== null ? error.error : {}) as Partial<ApiErrorBody>;
  return {
    status: error.status,
    reason: typeof body.reason === 'string' ? body.reason : null,
    triesLeft: typeof body.triesLeft === 'number' ? body.triesLeft : null,
  };
}
