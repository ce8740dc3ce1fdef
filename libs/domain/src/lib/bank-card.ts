import { isLuhnValid } from './luhn';
import { parisDate } from './paris-time';
import { accept, readText, refuse, removeSpaces, type Validation } from './validation';

/**
 * The simulated card form. Nothing is charged and no number is stored: the test numbers below
 * decide the outcome, as on a payment provider's test environment.
 */
export const TEST_CARDS = {
  accepted: '4970101122334455',
  declined: '4000000000000002',
} as const;

export const CARD_MESSAGES = {
  numberRequired: 'Le numéro de carte est obligatoire.',
  numberFormat: 'Le numéro de carte doit comporter de 13 à 19 chiffres.',
  numberChecksum: 'Le numéro de carte saisi n’est pas valide (clé de Luhn incorrecte).',
  expiryFormat: 'La date d’expiration doit être au format MM/AA.',
  expired: 'La carte est expirée.',
  cvcFormat: 'Le cryptogramme visuel doit comporter 3 chiffres.',
  holderRequired: 'Le nom du titulaire de la carte est obligatoire.',
  declined: 'Paiement refusé par la banque émettrice de la carte. Aucun montant n’a été débité.',
} as const;

export function validateCardNumber(input: string): Validation {
  const text = readText(input);
  if (text === null) return refuse('format', CARD_MESSAGES.numberFormat);
  const digits = removeSpaces(text).replace(/-/g, '');
  if (digits === '') return refuse('required', CARD_MESSAGES.numberRequired);
  if (!/^[0-9]{13,19}$/.test(digits)) return refuse('format', CARD_MESSAGES.numberFormat);
  if (!isLuhnValid(digits)) return refuse('checksum', CARD_MESSAGES.numberChecksum);
  return accept(digits);
}

/** « MM/AA », valid until the end of that month in Paris, compared with `today` (the sandbox clock). */
export function validateCardExpiry(input: string, today: Date): Validation {
  const text = readText(input);
  const match = text === null ? null : /^\s*(0[1-9]|1[0-2])\s*\/\s*([0-9]{2})\s*$/.exec(text);
  if (!match) return refuse('format', CARD_MESSAGES.expiryFormat);
  const month = Number(match[1]);
  const year = 2000 + Number(match[2]);
  const [currentYear, currentMonth] = parisDate(today).split('-').map(Number);
  const currentMonthIndex = currentYear * 12 + (currentMonth - 1);
  if (year * 12 + (month - 1) < currentMonthIndex) return refuse('format', CARD_MESSAGES.expired);
  return accept(`${match[1]}/${match[2]}`);
}

export function validateCardCvc(input: string): Validation {
  const text = readText(input);
  if (text === null || !/^[0-9]{3}$/.test(text.trim())) return refuse('format', CARD_MESSAGES.cvcFormat);
  return accept(text.trim());
}

export function isDeclinedTestCard(digits: string): boolean {
  return digits === TEST_CARDS.declined;
}
