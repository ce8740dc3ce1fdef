import { accept, readText, refuse, removeSpaces, type Validation } from './validation';

/** The numéro de Travailleur Indépendant the simulated directory gives: 11 digits (no checksum). */
export const TI_NUMBER_LENGTH = 11;

export const TI_NUMBER_MESSAGES = {
  required: 'Le numéro de Travailleur Indépendant est obligatoire.',
  format: 'Le numéro de Travailleur Indépendant doit comporter 11 chiffres.',
} as const;

export function validateTiNumber(input: string): Validation {
  const text = readText(input);
  if (text === null) return refuse('format', TI_NUMBER_MESSAGES.format);
  const digits = removeSpaces(text);
  if (digits === '') return refuse('required', TI_NUMBER_MESSAGES.required);
  if (!/^[0-9]{11}$/.test(digits)) return refuse('format', TI_NUMBER_MESSAGES.format);
  return accept(digits);
}
