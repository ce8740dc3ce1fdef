import { MAX_INCOME_CENTS } from '@portail/domain';
import { INCOME_MESSAGES, validateIncome } from './income-amount';

describe('validateIncome', () => {
  it.each([
    ['32 500,50', 3_250_050],
    ['32\u202f500,50', 3_250_050],
    ['32500.5', 3_250_050],
    ['32 500 €', 3_250_000],
    ['0,29', 29],
    ['0', 0],
    ['10000000', MAX_INCOME_CENTS],
  ])('reads « %s » as %i cents', (text, cents) => {
    expect(validateIncome(text)).toEqual({ valid: true, value: cents });
  });

  it.each(['32.500,50', '-100', '12,345', 'mille', '1e5'])('refuses « %s »', (text) => {
    expect(validateIncome(text)).toEqual({ valid: false, reason: 'format', message: INCOME_MESSAGES.format });
  });

  it('requires an amount, and refuses one above the maximum', () => {
    expect(validateIncome('  ')).toMatchObject({ valid: false, message: INCOME_MESSAGES.required });
    expect(validateIncome('10000000,01')).toMatchObject({ valid: false, message: INCOME_MESSAGES.tooLarge });
  });
});
