import { HttpErrorResponse } from '@angular/common/http';
import { describeApiError } from './api-error';

describe('describeApiError', () => {
  it('shows the French message of the API', () => {
    const error = new HttpErrorResponse({
      status: 404,
      error: { statusCode: 404, message: 'Ce message est introuvable.' },
    });
    expect(describeApiError(error)).toBe('Ce message est introuvable.');
  });

  it('says the service is unavailable when the API itself did not answer', () => {
    const unavailable = 'Le service du bac à sable est indisponible pour le moment. Réessayez dans un instant.';
    expect(describeApiError(new HttpErrorResponse({ status: 0 }))).toBe(unavailable);
    // What the dev-server proxy answers when the API is down.
    expect(describeApiError(new HttpErrorResponse({ status: 500, error: '' }))).toBe(unavailable);
    expect(describeApiError(new HttpErrorResponse({ status: 504, error: 'Gateway Timeout' }))).toBe(unavailable);
  });

  it('falls back to a generic sentence', () => {
    expect(describeApiError(new HttpErrorResponse({ status: 400, error: '<html>' }))).toBe(
      'Une erreur inattendue est survenue. Réessayez dans un instant.',
    );
    expect(describeApiError('boom')).toBe('Une erreur inattendue est survenue. Réessayez dans un instant.');
  });

  it('looks through a wrapping error', () => {
    const cause = new HttpErrorResponse({ status: 400, error: { statusCode: 400, message: 'Le destinataire est obligatoire.' } });
    expect(describeApiError(new Error('wrapped', { cause }))).toBe('Le destinataire est obligatoire.');
  });
});
