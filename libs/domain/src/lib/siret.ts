import { isLuhnValid } from './luhn';
import { accept, readText, refuse, removeSpaces, type Validation } from './validation';

export const SIRET_MESSAGES = {
  required: 'Le SIRET est obligatoire.',
  format: 'Le SIRET doit comporter exactement 14 chiffres.',
  checksum: "Le SIRET saisi n'est pas valide (clé de contrôle incorrecte).",
} as const;

/**
 * La Poste has more establishments than Luhn-valid NICs can number: INSEE gave its newer ones a
 * digit-sum rule, while the older ones — the head office 35600000000048 among them — keep a Luhn key.
 */
const LA_POSTE_SIREN = '356000000';

function sumOfDigits(digits: string): number {
  let total = 0;
  for (const digit of digits) {
    total += Number(digit);
  }
  return total;
}

function hasValidSiretChecksum(siret: string): boolean {
  if (siret.startsWith(LA_POSTE_SIREN) && sumOfDigits(siret) % 5 === 0) return true;
  return isLuhnValid(siret);
}

/**
 * A SIRET identifies an establishment: SIREN (9 digits) + NIC (5 digits), Luhn checksum over the
 * 14 digits; a La Poste SIRET (356000000…) is also valid when its 14 digits add up to a multiple of 5.
 * Spaces are stripped: « 732 829 320 00074 » is read as 73282932000074.
 */
export function validateSiret(input: string): Validation {
  const text = readText(input);
  if (text === null) {
    return refuse('format', SIRET_MESSAGES.format);
  }
  const siret = removeSpaces(text);
  if (siret === '') {
    return refuse('required', SIRET_MESSAGES.required);
  }
  if (!/^[0-9]{14}$/.test(siret)) {
    return refuse('format', SIRET_MESSAGES.format);
  }
  if (!hasValidSiretChecksum(siret)) {
    return refuse('checksum', SIRET_MESSAGES.checksum);
  }
  return accept(siret);
}

export function isValidSiret(input: string): boolean {
  return validateSiret(input).valid;
}

/** The SIREN (first 9 digits) of a valid SIRET, or null when the input is not a valid SIRET. */
export function sirenOfSiret(siret: string): string | null {
  const validation = validateSiret(siret);
  return validation.valid ? validation.value.slice(0, 9) : null;
}
