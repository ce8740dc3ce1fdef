import { isLuhnValid } from './luhn';
import { accept, readText, refuse, removeSpaces, type Validation } from './validation';

export const SIREN_MESSAGES = {
  required: 'Le SIREN est obligatoire.',
  format: 'Le SIREN doit comporter exactement 9 chiffres.',
  checksum: "Le SIREN saisi n'est pas valide (clé de contrôle incorrecte).",
} as const;

/** A SIREN identifies a company: 9 digits, Luhn checksum. « 732 829 320 » is read as 732829320. */
export function validateSiren(input: string): Validation {
  const text = readText(input);
  if (text === null) {
    return refuse('format', SIREN_MESSAGES.format);
  }
  const siren = removeSpaces(text);
  if (siren === '') {
    return refuse('required', SIREN_MESSAGES.required);
  }
  if (!/^[0-9]{9}$/.test(siren)) {
    return refuse('format', SIREN_MESSAGES.format);
  }
  // La Poste (356000000) needs no exception here: its SIREN is Luhn-valid; only its SIRETs differ.
  if (!isLuhnValid(siren)) {
    return refuse('checksum', SIREN_MESSAGES.checksum);
  }
  return accept(siren);
}

export function isValidSiren(input: string): boolean {
  return validateSiren(input).valid;
}
