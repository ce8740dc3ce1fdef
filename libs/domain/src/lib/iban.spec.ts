import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyInput,
  frenchBban,
  referenceFrenchIbanCheckDigits,
  replaceAt,
  withSpaces,
} from '../testing/references';
import { IBAN_MESSAGES, isValidFrenchIban, validateFrenchIban } from './iban';

const validFrenchIban = frenchBban.map(
  (bban) => `FR${referenceFrenchIbanCheckDigits(bban)}${bban}`,
);

describe('validateFrenchIban', () => {
  it.each(['FR1420041010050500013M02606', 'FR7630006000011234567890189'])(
    'accepts the verified IBAN %s',
    (iban) => {
      expect(validateFrenchIban(iban)).toEqual({ valid: true, value: iban });
      expect(isValidFrenchIban(iban)).toBe(true);
    },
  );

  it('refuses FR1420041010050500013M02607: wrong check', () => {
    expect(validateFrenchIban('FR1420041010050500013M02607')).toEqual({
      valid: false,
      reason: 'checksum',
      message: "L'IBAN saisi n'est pas valide (clé de contrôle incorrecte).",
    });
  });

  it('refuses FR76300060000112345678901: 25 characters', () => {
    expect(validateFrenchIban('FR76300060000112345678901')).toEqual({
      valid: false,
      reason: 'format',
      message:
        "L'IBAN doit comporter 27 caractères : FR, 2 chiffres de contrôle, puis 23 chiffres ou lettres.",
    });
  });

  it('reads an IBAN grouped by 4, in any case, and gives it back upper-case', () => {
    expect(validateFrenchIban('fr14 2004 1010 0505 0001 3m02 606')).toEqual({
      valid: true,
      value: 'FR1420041010050500013M02606',
    });
  });

  it('refuses a foreign IBAN, even a valid one, saying that it must be French', () => {
    expect(validateFrenchIban('DE89370400440532013000')).toEqual({
      valid: false,
      reason: 'format',
      message: IBAN_MESSAGES.country,
    });
  });

  it.each([
    'FR14200410100505000-3M02606',
    'FRAB20041010050500013M02606',
    '1420041010050500013M02606',
  ])('refuses %s as badly formed', (iban) => {
    expect(validateFrenchIban(iban)).toMatchObject({ valid: false, reason: 'format' });
  });

  it('asks for the IBAN when none is given', () => {
    for (const empty of ['', ' ', null, undefined]) {
      expect(validateFrenchIban(empty as string)).toEqual({
        valid: false,
        reason: 'required',
        message: IBAN_MESSAGES.required,
      });
    }
  });

  it('accepts any French IBAN built with its check digits, however typed', () => {
    fc.assert(
      fc.property(validFrenchIban, (iban) => {
        expect(validateFrenchIban(iban)).toEqual({ valid: true, value: iban });
        expect(validateFrenchIban(withSpaces(iban.toLowerCase(), 4))).toEqual({
          valid: true,
          value: iban,
        });
      }),
    );
  });

  it('refuses a valid IBAN with any one digit changed', () => {
    fc.assert(
      fc.property(
        validFrenchIban,
        fc.integer({ min: 2, max: 26 }),
        fc.integer({ min: 1, max: 9 }),
        (iban, index, shift) => {
          fc.pre(/[0-9]/.test(iban[index]));
          const mutated = replaceAt(iban, index, String((Number(iban[index]) + shift) % 10));
          expect(validateFrenchIban(mutated)).toMatchObject({ valid: false, reason: 'checksum' });
        },
      ),
    );
  });

  it('refuses a valid IBAN with two adjacent characters swapped', () => {
    fc.assert(
      fc.property(validFrenchIban, fc.integer({ min: 2, max: 25 }), (iban, index) => {
        fc.pre(iban[index] !== iban[index + 1]);
        fc.pre(/[0-9]/.test(iban[index]) && /[0-9]/.test(iban[index + 1]));
        const swapped =
          iban.slice(0, index) + iban[index + 1] + iban[index] + iban.slice(index + 2);
        expect(validateFrenchIban(swapped)).toMatchObject({ valid: false, reason: 'checksum' });
      }),
    );
  });

  it('never throws, and every refusal names the IBAN', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = validateFrenchIban(input);
        if (result.valid) {
          expect(result.value).toMatch(/^FR[0-9]{2}[0-9A-Z]{23}$/);
        } else {
          expect(result.message).toContain('IBAN');
        }
      }),
    );
  });
});
