import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyInput, digitString, withSpaces } from '../testing/references';
import { TI_NUMBER_LENGTH, TI_NUMBER_MESSAGES, validateTiNumber } from './ti-number';

describe('validateTiNumber', () => {
  it('accepts 11 digits', () => {
    expect(TI_NUMBER_LENGTH).toBe(11);
    expect(validateTiNumber('12345678901')).toEqual({ valid: true, value: '12345678901' });
  });

  it('removes the spaces of a grouped number, no-break spaces included', () => {
    expect(validateTiNumber('123 456 789 01')).toEqual({ valid: true, value: '12345678901' });
    expect(validateTiNumber(' 123\u00a0456\u202f78901 ')).toEqual({ valid: true, value: '12345678901' });
  });

  it('asks for the number when none is given, even as null or undefined at runtime', () => {
    for (const empty of ['', '   ', null, undefined]) {
      expect(validateTiNumber(empty as string)).toEqual({
        valid: false,
        reason: 'required',
        message: 'Le numéro de Travailleur Indépendant est obligatoire.',
      });
    }
  });

  it.each(['1234567890', '123456789012', '1234567890A', 'ABCDEFGHIJK', '123-456-789-01', '１２３４５６７８９０１'])(
    'refuses %s as badly formed',
    (input) => {
      expect(validateTiNumber(input)).toEqual({
        valid: false,
        reason: 'format',
        message: 'Le numéro de Travailleur Indépendant doit comporter 11 chiffres.',
      });
    },
  );

  it('refuses a number passed at runtime instead of text', () => {
    expect(validateTiNumber(12345678901 as unknown as string)).toEqual({
      valid: false,
      reason: 'format',
      message: TI_NUMBER_MESSAGES.format,
    });
  });

  it('accepts any 11 digits, grouped or not', () => {
    fc.assert(
      fc.property(digitString(11), fc.integer({ min: 1, max: 11 }), (digits, group) => {
        expect(validateTiNumber(digits)).toEqual({ valid: true, value: digits });
        expect(validateTiNumber(withSpaces(digits, group))).toEqual({ valid: true, value: digits });
      }),
    );
  });

  it('refuses any run of digits that is not 11 long', () => {
    fc.assert(
      fc.property(digitString(1, 25), (digits) => {
        fc.pre(digits.length !== 11);
        expect(validateTiNumber(digits)).toMatchObject({ valid: false, reason: 'format' });
      }),
    );
  });

  it('refuses 11 characters as soon as one is a letter', () => {
    fc.assert(
      fc.property(
        digitString(10),
        fc.nat(10),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
        (digits, at, letter) => {
          const input = digits.slice(0, at) + letter + digits.slice(at);
          expect(validateTiNumber(input)).toMatchObject({ valid: false, reason: 'format' });
        },
      ),
    );
  });

  it('never throws, and every refusal names the numéro de Travailleur Indépendant', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = validateTiNumber(input);
        if (result.valid) {
          expect(result.value).toMatch(/^[0-9]{11}$/);
        } else {
          expect(result.message).toContain('numéro de Travailleur Indépendant');
        }
      }),
    );
  });
});
