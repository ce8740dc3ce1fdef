import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyInput,
  digitString,
  nirWithoutKey,
  referenceNirKey,
  replaceAt,
} from '../testing/references';
import { computeNirKey, isValidNir, NIR_MESSAGES, validateNir } from './nir';

const validNir = nirWithoutKey.map((body) => body + referenceNirKey(body));

describe('validateNir', () => {
  it.each(['295109912611193', '253072A07300443', '253072B07300470', '185057505612388'])(
    'accepts the verified NIR %s',
    (nir) => {
      expect(validateNir(nir)).toEqual({ valid: true, value: nir });
      expect(isValidNir(nir)).toBe(true);
    },
  );

  it.each(['295109912611199', '253072B07300443'])('refuses %s: wrong key', (nir) => {
    expect(validateNir(nir)).toEqual({
      valid: false,
      reason: 'checksum',
      message: NIR_MESSAGES.checksum,
    });
  });

  it('refuses 253072C07300443: « 2C » is no department', () => {
    expect(validateNir('253072C07300443')).toEqual({
      valid: false,
      reason: 'format',
      message: NIR_MESSAGES.format,
    });
  });

  it('names the field and the rule in its messages', () => {
    expect(NIR_MESSAGES.format).toContain('numéro de sécurité sociale');
    expect(NIR_MESSAGES.format).toContain('15 caractères');
    expect(NIR_MESSAGES.checksum).toContain('numéro de sécurité sociale');
    expect(NIR_MESSAGES.checksum).toContain('clé');
  });

  it('reads a NIR typed with spaces and a lower-case Corsican department', () => {
    expect(validateNir('2 95 10 99 126 111 93')).toEqual({ valid: true, value: '295109912611193' });
    expect(validateNir('2 53 07 2a 073 004 43')).toEqual({ valid: true, value: '253072A07300443' });
  });

  it.each([
    ['2951099126111', 'the key is missing'],
    ['395109912611193', 'the first character is neither 1 nor 2'],
    ['29510991261119', '14 characters'],
    ['2951099126111930', '16 characters'],
    ['2951099126111A3', 'the key has a letter'],
  ])('refuses %s as badly formed: %s', (nir) => {
    expect(validateNir(nir)).toMatchObject({ valid: false, reason: 'format' });
  });

  it('asks for the NIR when none is given', () => {
    for (const empty of ['', ' ', null, undefined]) {
      expect(validateNir(empty as string)).toMatchObject({ valid: false, reason: 'required' });
    }
  });

  it('accepts any NIR built with its key, Corsica included', () => {
    fc.assert(
      fc.property(validNir, (nir) => {
        expect(validateNir(nir)).toEqual({ valid: true, value: nir });
      }),
    );
  });

  it('refuses a valid NIR whose key is replaced by any other 2 digits', () => {
    fc.assert(
      fc.property(validNir, digitString(2), (nir, otherKey) => {
        fc.pre(otherKey !== nir.slice(13));
        expect(validateNir(nir.slice(0, 13) + otherKey)).toMatchObject({
          valid: false,
          reason: 'checksum',
        });
      }),
    );
  });

  it('refuses a valid NIR with any one digit of its body changed', () => {
    fc.assert(
      fc.property(validNir, fc.nat(12), fc.integer({ min: 1, max: 9 }), (nir, index, shift) => {
        fc.pre(/[0-9]/.test(nir[index]));
        const mutated = replaceAt(nir, index, String((Number(nir[index]) + shift) % 10));
        // Only changes that keep the NIR shape (sex 1 or 2, « 2A » stays Corsican) reach the key.
        fc.pre(/^[12][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{8}$/.test(mutated));
        expect(validateNir(mutated)).toMatchObject({ valid: false, reason: 'checksum' });
      }),
    );
  });

  it('never throws, and every refusal names the numéro de sécurité sociale', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = validateNir(input);
        if (!result.valid) {
          expect(result.message).toContain('numéro de sécurité sociale');
        }
      }),
    );
  });
});

describe('computeNirKey', () => {
  it('computes the keys of the verified vectors', () => {
    expect(computeNirKey('2951099126111')).toBe('93');
    expect(computeNirKey('2530719073004')).toBe('43');
    expect(computeNirKey('253072A073004')).toBe('43');
    expect(computeNirKey('253072B073004')).toBe('70');
    expect(computeNirKey('1850575056123')).toBe('88');
  });

  it('counts 2A as 19 and 2B as 18', () => {
    fc.assert(
      fc.property(nirWithoutKey, (body) => {
        const department = body.slice(5, 7);
        const numeric = department === '2A' ? '19' : department === '2B' ? '18' : department;
        expect(computeNirKey(body)).toBe(computeNirKey(body.slice(0, 5) + numeric + body.slice(7)));
      }),
    );
  });

  it('agrees with a BigInt computation and pads keys below 10', () => {
    fc.assert(
      fc.property(nirWithoutKey, (body) => {
        expect(computeNirKey(body)).toBe(referenceNirKey(body));
      }),
    );
    // 97 − (2951099126195 mod 97) = 97 − 88 = 9.
    expect(computeNirKey('2951099126195')).toBe('09');
  });

  it('gives null for anything that is not 13 NIR characters', () => {
    expect(computeNirKey('295109912611')).toBeNull();
    expect(computeNirKey('295109912611193')).toBeNull();
    expect(computeNirKey('253072C073004')).toBeNull();
    expect(computeNirKey(null as unknown as string)).toBeNull();
    fc.assert(
      fc.property(anyInput, (input) => {
        const key = computeNirKey(input);
        expect(key === null || /^[0-9]{2}$/.test(key)).toBe(true);
      }),
    );
  });
});
