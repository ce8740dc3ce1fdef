import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyInput } from '../testing/references';
import { EMAIL_MESSAGES, isValidEmail, normalizeEmail, validateEmail } from './email';

describe('normalizeEmail', () => {
  it('trims and lower-cases the domain, keeping the case of the local part', () => {
    expect(normalizeEmail('  Jean.Dupont@Exemple.FR \n')).toBe('Jean.Dupont@exemple.fr');
  });

  it('lower-cases only after the last @', () => {
    expect(normalizeEmail('A@B@C.FR')).toBe('A@B@c.fr');
    expect(normalizeEmail('Sans Arobase')).toBe('Sans Arobase');
  });

  it('gives an empty string for a non-string passed at runtime', () => {
    expect(normalizeEmail(null as unknown as string)).toBe('');
    expect(normalizeEmail(42 as unknown as string)).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.emailAddress(), fc.string(), fc.string({ unit: 'binary' }), anyInput),
        (input) => {
          const once = normalizeEmail(input);
          expect(normalizeEmail(once)).toBe(once);
        },
      ),
    );
  });
});

describe('validateEmail', () => {
  it.each([
    ['jean.dupont@exemple.fr', 'jean.dupont@exemple.fr'],
    ['  Jean.Dupont@Exemple.FR  ', 'Jean.Dupont@exemple.fr'],
    ['cabinet+urssaf@expert-comptable.paris', 'cabinet+urssaf@expert-comptable.paris'],
    ['a@b.co', 'a@b.co'],
  ])('accepts %j as %j', (input, value) => {
    expect(validateEmail(input)).toEqual({ valid: true, value });
    expect(isValidEmail(input)).toBe(true);
  });

  it.each([
    ['jean.dupont.exemple.fr', EMAIL_MESSAGES.singleAt],
    ['jean@@exemple.fr', EMAIL_MESSAGES.singleAt],
    ['jean@dupont@exemple.fr', EMAIL_MESSAGES.singleAt],
    ['@exemple.fr', EMAIL_MESSAGES.localPart],
    ['jean@exemple', EMAIL_MESSAGES.domain],
    ['jean@', EMAIL_MESSAGES.domain],
    ['jean@exemple.', EMAIL_MESSAGES.domain],
    ['jean@.fr', EMAIL_MESSAGES.domain],
    ['jean@exemple..fr', EMAIL_MESSAGES.domain],
    ['jean dupont@exemple.fr', EMAIL_MESSAGES.spaces],
    ['jean@exemple.fr\u00a0x', EMAIL_MESSAGES.spaces],
  ])('refuses %j', (input, message) => {
    expect(validateEmail(input)).toEqual({ valid: false, reason: 'format', message });
  });

  it('accepts 254 characters and refuses 255', () => {
    const domain = '@exemple.fr';
    expect(validateEmail('a'.repeat(254 - domain.length) + domain).valid).toBe(true);
    expect(validateEmail('a'.repeat(255 - domain.length) + domain)).toEqual({
      valid: false,
      reason: 'too-long',
      message: "L'adresse courriel ne doit pas dépasser 254 caractères.",
    });
  });

  it('counts the length after trimming', () => {
    const address = 'a'.repeat(243) + '@exemple.fr';
    expect(validateEmail(`   ${address}   `)).toEqual({ valid: true, value: address });
  });

  it('asks for the address when none is given', () => {
    for (const empty of ['', '   ', null, undefined]) {
      expect(validateEmail(empty as string)).toEqual({
        valid: false,
        reason: 'required',
        message: "L'adresse courriel est obligatoire.",
      });
    }
  });

  it('accepts the addresses fast-check generates, normalised', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        fc.pre(address.length <= 254);
        expect(validateEmail(address)).toEqual({ valid: true, value: normalizeEmail(address) });
      }),
    );
  });

  it('never throws; accepted values are normalised, refusals name the adresse courriel', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, fc.emailAddress()), (input) => {
        const result = validateEmail(input);
        if (result.valid) {
          expect(result.value).toBe(normalizeEmail(result.value));
          expect(result.value.split('@')).toHaveLength(2);
          expect(result.value).not.toMatch(/\s/);
        } else {
          expect(result.message).toMatch(/^L'adresse courriel /);
        }
      }),
    );
  });
});
