import { describeApiError, fieldErrorsOf } from '@portail/portal-forms';

/**
 * A 409 of POST /api/signup is either « SIRET already registered » or « e-mail already used ».
 * The API names the field in `errors`; without it, the sentence itself tells which one.
 */
export function attributeConflict(error: unknown): Record<string, string> {
  const fields = fieldErrorsOf(error);
  if (Object.keys(fields).length > 0) {
    return fields;
  }
  const message = describeApiError(error);
  if (/siret/i.test(message)) {
    return { siret: message };
  }
  if (/courriel|adresse|e-mail/i.test(message)) {
    return { email: message };
  }
  return {};
}
