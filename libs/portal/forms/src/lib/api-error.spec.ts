import { HttpErrorResponse } from '@angular/common/http';
import { describeApiError, fieldErrorsOf, httpStatusOf, linkRefusalOf } from './api-error';

describe('api errors', () => {
  it('shows the French message of the API', () => {
    const error = new HttpErrorResponse({
      status: 401,
      error: { statusCode: 401, message: 'Identifiant ou mot de passe incorrect.' },
    });
    expect(describeApiError(error)).toBe('Identifiant ou mot de passe incorrect.');
    expect(httpStatusOf(error)).toBe(401);
  });

  it('says the service is unavailable when the API did not answer', () => {
    expect(describeApiError(new HttpErrorResponse({ status: 0 }))).toBe(
      'Le service est indisponible pour le moment. Réessayez dans un instant.',
    );
    expect(describeApiError(new HttpErrorResponse({ status: 504, error: 'Gateway Timeout' }))).toContain(
      'indisponible',
    );
    expect(describeApiError('boom')).toBe('Une erreur inattendue est survenue. Réessayez dans un instant.');
  });

  it('reads the per-field sentences, the first one per field', () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: {
        statusCode: 409,
        message: 'Ce SIRET a déjà un espace.',
        errors: [
          { field: 'siret', message: 'Ce SIRET a déjà un espace.' },
          { field: 'siret', message: 'second' },
        ],
      },
    });
    expect(fieldErrorsOf(error)).toEqual({ siret: 'Ce SIRET a déjà un espace.' });
    expect(fieldErrorsOf(new HttpErrorResponse({ status: 500 }))).toEqual({});
  });

  it('reads the reason of a refused link', () => {
    const error = new HttpErrorResponse({
      status: 410,
      error: { statusCode: 410, message: 'Ce lien a expiré.', reason: 'expired' },
    });
    expect(linkRefusalOf(error)).toEqual({ statusCode: 410, message: 'Ce lien a expiré.', reason: 'expired' });
    expect(linkRefusalOf(new HttpErrorResponse({ status: 400 }))).toBeNull();
  });
});
