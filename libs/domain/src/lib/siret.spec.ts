import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyInput,
  digitString,
  referenceLuhnCheckDigit,
  replaceAt,
  withSpaces,
} from '../testing/references';
import { isLuhnValid } from './luhn';
import { isValidSiret, SIRET_MESSAGES, sirenOfSiret, validateSiret } from './siret';

const LA_POSTE = '356000000';
const sumOfDigits = (digits: string) => Array.from(digits).reduce((sum, d) => sum + Number(d), 0);

const luhnSiretOutsideLaPoste = digitString(13)
  .filter((payload) => !payload.startsWith(LA_POSTE))
  .map((payload) => payload + referenceLuhnCheckDigit(payload));

const laPosteSiret = digitString(5).map((nic) => LA_POSTE + nic);

describe('validateSiret', () => {
  it.each(['73282932000074', '12345678200010', '35600000049837', '35600000000048'])(
    'accepts the verified SIRET %s',
    (siret) => {
      expect(validateSiret(siret)).toEqual({ valid: true, value: siret });
      expect(isValidSiret(siret)).toBe(true);
    },
  );

  it.each(['73282932000079', '35600000000049', '35600000049838'])(
    'refuses %s: wrong check digit',
    (siret) => {
      expect(validateSiret(siret)).toEqual({
        valid: false,
        reason: 'checksum',
        message: "Le SIRET saisi n'est pas valide (clé de contrôle incorrecte).",
      });
    },
  );

  it('accepts La Poste by digit sum: 35600000049837 fails Luhn yet is valid', () => {
    expect(isLuhnValid('35600000049837')).toBe(false);
    expect(validateSiret('35600000049837').valid).toBe(true);
  });

  it('accepts La Poste by Luhn too: the head office 35600000000048 has a digit sum of 26', () => {
    expect(sumOfDigits('35600000000048') % 5).not.toBe(0);
    expect(isLuhnValid('35600000000048')).toBe(true);
    expect(validateSiret('35600000000048')).toEqual({ valid: true, value: '35600000000048' });
  });

  it.each(['7328293200007', '732829320000740', '7328293200007A', '73282932000074.'])(
    'refuses %s as badly formed',
    (siret) => {
      expect(validateSiret(siret)).toMatchObject({ valid: false, reason: 'format' });
    },
  );

  it('names the rule in its refusals', () => {
    expect(validateSiret('7328293200007')).toEqual({
      valid: false,
      reason: 'format',
      message: 'Le SIRET doit comporter exactement 14 chiffres.',
    });
    expect(validateSiret(null as unknown as string)).toEqual({
      valid: false,
      reason: 'required',
      message: SIRET_MESSAGES.required,
    });
  });

  it('strips the spaces of a grouped SIRET', () => {
    expect(validateSiret('732 829 320 00074')).toEqual({ valid: true, value: '73282932000074' });
  });

  it('accepts any SIRET outside La Poste built with its Luhn check digit', () => {
    fc.assert(
      fc.property(luhnSiretOutsideLaPoste, (siret) => {
        expect(validateSiret(siret)).toEqual({ valid: true, value: siret });
        expect(validateSiret(withSpaces(siret, 3))).toEqual({ valid: true, value: siret });
      }),
    );
  });

  it('refuses a SIRET outside La Poste with any one digit changed', () => {
    fc.assert(
      fc.property(
        luhnSiretOutsideLaPoste,
        fc.nat(13),
        fc.integer({ min: 1, max: 9 }),
        (siret, index, shift) => {
          const mutated = replaceAt(siret, index, String((Number(siret[index]) + shift) % 10));
          // A change may land on La Poste's SIREN, whose rule is another one.
          fc.pre(!mutated.startsWith(LA_POSTE));
          expect(validateSiret(mutated)).toMatchObject({ valid: false, reason: 'checksum' });
        },
      ),
    );
  });

  it('accepts a La Poste SIRET exactly when its digits add up to a multiple of 5 or its Luhn key holds', () => {
    fc.assert(
      fc.property(laPosteSiret, (siret) => {
        expect(validateSiret(siret).valid).toBe(sumOfDigits(siret) % 5 === 0 || isLuhnValid(siret));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every La Poste SIRET built with its Luhn check digit, whatever its digit sum', () => {
    fc.assert(
      fc.property(digitString(4), (nicStart) => {
        const siret = LA_POSTE + nicStart + referenceLuhnCheckDigit(LA_POSTE + nicStart);
        expect(validateSiret(siret)).toEqual({ valid: true, value: siret });
      }),
    );
  });

  it('refuses a La Poste SIRET that follows neither rule', () => {
    fc.assert(
      fc.property(laPosteSiret, (siret) => {
        fc.pre(sumOfDigits(siret) % 5 !== 0 && !isLuhnValid(siret));
        expect(validateSiret(siret)).toMatchObject({ valid: false, reason: 'checksum' });
      }),
    );
  });

  it('never throws, and every refusal names the SIRET', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = validateSiret(input);
        if (result.valid) {
          expect(result.value).toMatch(/^[0-9]{14}$/);
        } else {
          expect(result.message).toContain('SIRET');
        }
      }),
    );
  });
});

describe('sirenOfSiret', () => {
  it('gives the first 9 digits of a valid SIRET', () => {
    expect(sirenOfSiret('73282932000074')).toBe('732829320');
    expect(sirenOfSiret('732 829 320 00074')).toBe('732829320');
    expect(sirenOfSiret('35600000049837')).toBe('356000000');
  });

  it('gives null for an invalid SIRET', () => {
    expect(sirenOfSiret('73282932000079')).toBeNull();
    expect(sirenOfSiret('732829320')).toBeNull();
    expect(sirenOfSiret(undefined as unknown as string)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const siren = sirenOfSiret(input);
        expect(siren === null || /^[0-9]{9}$/.test(siren)).toBe(true);
      }),
    );
  });
});
