import { MAX_INCOME_CENTS, type Validation, accept, refuse } from '@portail/domain';
import { formatEuros } from '../cotisations-format';

export const INCOME_MESSAGES = {
  required: 'Le revenu professionnel est obligatoire (0 si vous n’avez eu aucun revenu).',
  format: 'Le revenu doit être un montant en euros, par exemple 32 500,50.',
  tooLarge: `Le revenu ne peut pas dépasser ${formatEuros(MAX_INCOME_CENTS)}.`,
} as const;

/**
 * A euro amount as people type it in France: « 32 500,50 », « 32500.5 », « 32 500 € ». Spaces
 * (no-break ones too) group thousands; a comma or a point separates at most two decimals. The
 * value is integer cents, computed on the digits: never through a float (0,29 € stays 29 cents).
 */
export function validateIncome(input: string | null): Validation<number> {
  const text = (input ?? '').replace(/\s+/g, '').replace(/€$/, '');
  if (text === '') {
    return refuse('required', INCOME_MESSAGES.required);
  }
  const match = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(text);
  if (!match) {
    return refuse('format', INCOME_MESSAGES.format);
  }
  const [, euros, decimals = ''] = match;
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, '0'));
  if (cents > MAX_INCOME_CENTS) {
    return refuse('too-long', INCOME_MESSAGES.tooLarge);
  }
  return accept(cents);
}
