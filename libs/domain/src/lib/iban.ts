import { remainderMod97 } from './mod97';
import { accept, readText, refuse, removeSpaces, type Validation } from './validation';

export const FRENCH_IBAN_LENGTH = 27;

export const IBAN_MESSAGES = {
  required: "L'IBAN est obligatoire.",
  country: "L'IBAN doit être un IBAN français, commençant par FR.",
  format:
    "L'IBAN doit comporter 27 caractères : FR, 2 chiffres de contrôle, puis 23 chiffres ou lettres.",
  checksum: "L'IBAN saisi n'est pas valide (clé de contrôle incorrecte).",
} as const;

/**
 * ISO 13616 / ISO 7064 check: move the first 4 characters to the end, replace each letter by two
 * digits (A = 10 … Z = 35); the number must be 1 modulo 97.
 */
function hasValidIbanChecksum(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return remainderMod97(digits) === 1;
}

/**
 * A French IBAN: « FR » + 2 check digits + 23 characters. Typed grouped by 4 and in any case;
 * the value returned is upper-case without spaces.
 */
export function validateFrenchIban(input: string): Validation {
  const text = readText(input);
  if (text === null) {
    return refuse('format', IBAN_MESSAGES.format);
  }
  const iban = removeSpaces(text).toUpperCase();
  if (iban === '') {
    return refuse('required', IBAN_MESSAGES.required);
  }
  if (/^[A-Z]{2}/.test(iban) && !iban.startsWith('FR')) {
    return refuse('format', IBAN_MESSAGES.country);
  }
  if (!/^FR[0-9]{2}[0-9A-Z]{23}$/.test(iban)) {
    return refuse('format', IBAN_MESSAGES.format);
  }
  if (!hasValidIbanChecksum(iban)) {
    return refuse('checksum', IBAN_MESSAGES.checksum);
  }
  return accept(iban);
}

export function isValidFrenchIban(input: string): boolean {
  return validateFrenchIban(input).valid;
}
