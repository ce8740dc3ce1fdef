import { validateEmail } from './email';
import { isNirWithKeyFormat, isNirWithoutKeyFormat, normalizeNir } from './nir';
import { validateSiret } from './siret';
import {
  accept,
  readText,
  refuse,
  type Refusal,
  type RefusalReason,
  type Validation,
} from './validation';

export const LOGIN_IDENTIFIER_MESSAGES = {
  required: "L'identifiant est obligatoire.",
  nirFormat:
    "L'identifiant doit comporter exactement 13 caractères : votre numéro de sécurité sociale sans la clé.",
  // FAQ wording: people copy their NIR from their carte Vitale, key included.
  nirWithKey:
    "Votre identifiant est votre numéro de sécurité sociale sans la clé, composé de 13 caractères. La clé à 2 caractères ne fait pas partie de l'identifiant.",
  legacyIdentifier:
    "Vous ne pouvez plus vous connecter avec l'identifiant à 8 chiffres de secu-independants.fr. Utilisez votre adresse courriel ou votre SIRET.",
  unknown:
    "L'identifiant saisi n'est pas reconnu. Saisissez votre adresse courriel, votre SIRET (14 chiffres) ou votre numéro de sécurité sociale sans la clé (13 caractères).",
} as const;

/**
 * The NIR login identifier is the NIR WITHOUT its key: exactly 13 characters. A NIR typed with its
 * key (15 characters) gets its own reason, 'nir-with-key', so that the form can explain it. The key
 * is not checked for that: whether right or mistyped, the fix is the same — drop the last 2.
 */
export function validateNirLoginIdentifier(input: string): Validation {
  const text = readText(input);
  if (text === null) {
    return refuse('format', LOGIN_IDENTIFIER_MESSAGES.nirFormat);
  }
  const identifier = normalizeNir(text);
  if (identifier === '') {
    return refuse('required', LOGIN_IDENTIFIER_MESSAGES.required);
  }
  if (isNirWithoutKeyFormat(identifier)) {
    return accept(identifier);
  }
  if (isNirWithKeyFormat(identifier)) {
    return refuse('nir-with-key', LOGIN_IDENTIFIER_MESSAGES.nirWithKey);
  }
  return refuse('format', LOGIN_IDENTIFIER_MESSAGES.nirFormat);
}

export type LoginIdentifierKind =
  'email' | 'siret' | 'nir' | 'nir-with-key' | 'legacy-identifier' | 'unknown';

/** The kinds a person may log in with; the others are always refused. */
export type AcceptedLoginIdentifierKind = 'email' | 'siret' | 'nir';

export type LoginIdentifierClassification =
  | { kind: AcceptedLoginIdentifierKind; valid: true; value: string }
  | ({ kind: LoginIdentifierKind } & Refusal);

/** An identifier of a kind one may log in with: acceptance depends on its own validator. */
function checkedAs(
  kind: AcceptedLoginIdentifierKind,
  validation: Validation,
): LoginIdentifierClassification {
  return validation.valid
    ? { kind, valid: true, value: validation.value }
    : { kind, ...validation };
}

function refusedAs(
  kind: LoginIdentifierKind,
  reason: RefusalReason,
  message: string,
): LoginIdentifierClassification {
  return { kind, ...refuse(reason, message) };
}

/**
 * Tells which identifier was typed in the single « Identifiant » field of the login form, and
 * whether it is acceptable:
 * - containing @ → 'email' (checked by validateEmail, value normalised);
 * - 8 digits → 'legacy-identifier', the old secu-independants.fr identifier, always refused;
 * - 14 digits → 'siret' (checked by validateSiret);
 * - 13 NIR characters → 'nir';
 * - 15 NIR characters → 'nir-with-key', always refused;
 * - anything else → 'unknown'.
 * Spaces inside numeric identifiers are ignored.
 */
export function classifyLoginIdentifier(input: string): LoginIdentifierClassification {
  const text = readText(input);
  if (text === null) {
    return refusedAs('unknown', 'format', LOGIN_IDENTIFIER_MESSAGES.unknown);
  }
  const trimmed = text.trim();
  if (trimmed === '') {
    return refusedAs('unknown', 'required', LOGIN_IDENTIFIER_MESSAGES.required);
  }
  if (trimmed.includes('@')) {
    return checkedAs('email', validateEmail(trimmed));
  }
  const compact = normalizeNir(trimmed);
  if (/^[0-9]{8}$/.test(compact)) {
    return refusedAs(
      'legacy-identifier',
      'legacy-identifier',
      LOGIN_IDENTIFIER_MESSAGES.legacyIdentifier,
    );
  }
  if (/^[0-9]{14}$/.test(compact)) {
    return checkedAs('siret', validateSiret(compact));
  }
  if (isNirWithoutKeyFormat(compact)) {
    return checkedAs('nir', accept(compact));
  }
  if (isNirWithKeyFormat(compact)) {
    return refusedAs('nir-with-key', 'nir-with-key', LOGIN_IDENTIFIER_MESSAGES.nirWithKey);
  }
  return refusedAs('unknown', 'format', LOGIN_IDENTIFIER_MESSAGES.unknown);
}
