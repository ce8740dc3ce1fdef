import { remainderMod97 } from './mod97';
import { accept, readText, refuse, removeSpaces, type Validation } from './validation';

export const NIR_MESSAGES = {
  required: 'Le numéro de sécurité sociale est obligatoire.',
  format:
    'Le numéro de sécurité sociale doit comporter 15 caractères : 13 caractères (commençant par 1 ou 2) suivis de la clé à 2 chiffres.',
  checksum:
    "Le numéro de sécurité sociale saisi n'est pas valide (la clé ne correspond pas aux 13 premiers caractères).",
} as const;

/**
 * The 13 characters before the key: sex (1 or 2), year (2), month (2), department (2 digits, or
 * 2A / 2B for Corsica), commune (3), birth order (3). Deliberately lenient on year, month and
 * commune: special cases (unknown month, births abroad…) use many values.
 */
const NIR_WITHOUT_KEY_PATTERN = /^[12][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{6}$/;
const NIR_KEY_PATTERN = /^[0-9]{2}$/;

/** NIRs are typed with spaces (« 2 95 10 99 126 111 ») and sometimes « 2a » for Corsica. */
export function normalizeNir(text: string): string {
  return removeSpaces(text).toUpperCase();
}

/** Whether a normalised text has the shape of a NIR without its key (13 characters). */
export function isNirWithoutKeyFormat(normalizedText: string): boolean {
  return NIR_WITHOUT_KEY_PATTERN.test(normalizedText);
}

/** Whether a normalised text has the shape of a NIR followed by its 2-digit key (15 characters). */
export function isNirWithKeyFormat(normalizedText: string): boolean {
  return (
    normalizedText.length === 15 &&
    isNirWithoutKeyFormat(normalizedText.slice(0, 13)) &&
    NIR_KEY_PATTERN.test(normalizedText.slice(13))
  );
}

/**
 * The 2-digit key of a NIR given without it: 97 − (number mod 97), where Corsica's 2A counts as 19
 * and 2B as 18 so that the 13 characters form a number. Null when the input is not 13 valid
 * characters.
 */
export function computeNirKey(nirWithoutKey: string): string | null {
  const text = readText(nirWithoutKey);
  const body = text === null ? '' : normalizeNir(text);
  if (!isNirWithoutKeyFormat(body)) {
    return null;
  }
  const department = body.slice(5, 7);
  const numericDepartment = department === '2A' ? '19' : department === '2B' ? '18' : department;
  const remainder = remainderMod97(body.slice(0, 5) + numericDepartment + body.slice(7));
  if (remainder === null) {
    return null;
  }
  return String(97 - remainder).padStart(2, '0');
}

/**
 * A NIR (numéro de sécurité sociale) with its key: 15 characters. The value returned is upper-case
 * without spaces.
 */
export function validateNir(input: string): Validation {
  const text = readText(input);
  if (text === null) {
    return refuse('format', NIR_MESSAGES.format);
  }
  const nir = normalizeNir(text);
  if (nir === '') {
    return refuse('required', NIR_MESSAGES.required);
  }
  if (!isNirWithKeyFormat(nir)) {
    return refuse('format', NIR_MESSAGES.format);
  }
  if (computeNirKey(nir.slice(0, 13)) !== nir.slice(13)) {
    return refuse('checksum', NIR_MESSAGES.checksum);
  }
  return accept(nir);
}

export function isValidNir(input: string): boolean {
  return validateNir(input).valid;
}
