import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyInput,
  digitString,
  referenceLuhnCheckDigit,
  replaceAt,
  withSpaces,
} from '../testing/references';
import { isValidSiren, SIREN_MESSAGES, validateSiren } from './siren';

const validSiren = digitString(8).map((payload) => payload + referenceLuhnCheckDigit(payload));

describe('validateSiren', () => {
  it.each(['732829320', '356000000', '123456782'])('accepts the verified SIREN %s', (siren) => {
    expect(validateSiren(siren)).toEqual({ valid: true, value: siren });
    expect(isValidSiren(siren)).toBe(true);
  });

  it.each(['732829321', '123456789'])('refuses %s: wrong check digit', (siren) => {
    expect(validateSiren(siren)).toEqual({
      valid: false,
      reason: 'checksum',
      message: "Le SIREN saisi n'est pas valide (clé de contrôle incorrecte).",
    });
  });

  it('refuses 12345678: 8 digits', () => {
    expect(validateSiren('12345678')).toEqual({
      valid: false,
      reason: 'format',
      message: 'Le SIREN doit comporter exactement 9 chiffres.',
    });
  });

  it('strips the spaces of a grouped SIREN', () => {
    expect(validateSiren('732 829 320')).toEqual({ valid: true, value: '732829320' });
    expect(validateSiren(' 732\u00a0829\u202f320 ')).toEqual({ valid: true, value: '732829320' });
  });

  it.each(['7328293200', '73282932O', '732-829-320', '+73282932', '７３２８２９３２０'])(
    'refuses %s as badly formed',
    (siren) => {
      expect(validateSiren(siren)).toMatchObject({ valid: false, reason: 'format' });
    },
  );

  it('asks for a SIREN when none is given, even as null or undefined at runtime', () => {
    for (const empty of ['', '   ', null, undefined]) {
      expect(validateSiren(empty as string)).toEqual({
        valid: false,
        reason: 'required',
        message: SIREN_MESSAGES.required,
      });
    }
  });

  it('refuses a number passed at runtime instead of text (leading zeros would be lost)', () => {
    expect(validateSiren(732829320 as unknown as string)).toMatchObject({ reason: 'format' });
  });

  it('accepts any SIREN built with its Luhn check digit, grouped or not', () => {
    fc.assert(
      fc.property(validSiren, (siren) => {
        expect(validateSiren(siren)).toEqual({ valid: true, value: siren });
        expect(validateSiren(withSpaces(siren, 3))).toEqual({ valid: true, value: siren });
      }),
    );
  });

  it('refuses a valid SIREN with any one digit changed', () => {
    fc.assert(
      fc.property(validSiren, fc.nat(8), fc.integer({ min: 1, max: 9 }), (siren, index, shift) => {
        const mutated = replaceAt(siren, index, String((Number(siren[index]) + shift) % 10));
        expect(validateSiren(mutated)).toMatchObject({ valid: false, reason: 'checksum' });
      }),
    );
  });

  it('refuses any run of digits that is not 9 long', () => {
    fc.assert(
      fc.property(digitString(1, 20), (digits) => {
        fc.pre(digits.length !== 9);
        expect(validateSiren(digits)).toMatchObject({ valid: false, reason: 'format' });
      }),
    );
  });

  it('never throws, and every refusal names the SIREN', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = validateSiren(input);
        if (result.valid) {
          expect(result.value).toMatch(/^[0-9]{9}$/);
        } else {
          expect(result.message).toContain('SIREN');
        }
      }),
    );
  });
});
