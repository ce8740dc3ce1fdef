import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyInput } from '../testing/references';
import {
  isValidPassword,
  PASSWORD_CRITERIA_ORDER,
  PASSWORD_CRITERION_LABELS,
  PASSWORD_PATTERN,
  passwordCriteria,
  validatePassword,
} from './password-policy';

/** The product rule, copied here rather than imported so that a change to it fails a test. */
const PRODUCT_RULE = /^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9]{8}$/;

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

/** Strings near the boundary: lengths around 8, letters, digits and a few troublemakers. */
const nearlyPasswords = fc.string({
  unit: fc.constantFrom(...LETTERS, ...DIGITS, 'é', 'É', ' ', '!', '-', '\n', 'ß', '😀'),
  minLength: 6,
  maxLength: 10,
});

const compliantPassword = fc
  .tuple(
    fc.constantFrom(...LETTERS),
    fc.constantFrom(...DIGITS),
    fc.string({ unit: fc.constantFrom(...LETTERS, ...DIGITS), minLength: 6, maxLength: 6 }),
    fc.nat(7),
    fc.nat(7),
  )
  .map(([letter, digit, rest, letterAt, digitAt]) => {
    const characters = Array.from(rest);
    characters.splice(letterAt % (characters.length + 1), 0, letter);
    characters.splice(digitAt % (characters.length + 1), 0, digit);
    return characters.join('');
  });

describe('passwordCriteria', () => {
  it('reports each criterion separately for the live checklist', () => {
    expect(passwordCriteria('abcd1234')).toEqual({
      exactLength: true,
      hasLetter: true,
      hasDigit: true,
      onlyLettersAndDigits: true,
    });
    expect(passwordCriteria('abc')).toEqual({
      exactLength: false,
      hasLetter: true,
      hasDigit: false,
      onlyLettersAndDigits: true,
    });
    expect(passwordCriteria('abcdé123')).toEqual({
      exactLength: true,
      hasLetter: true,
      hasDigit: true,
      onlyLettersAndDigits: false,
    });
    expect(passwordCriteria('')).toEqual({
      exactLength: false,
      hasLetter: false,
      hasDigit: false,
      onlyLettersAndDigits: true,
    });
  });

  it('meets no criterion for a non-string passed at runtime', () => {
    for (const notText of [null, undefined, 12345678, {}]) {
      expect(passwordCriteria(notText as string)).toMatchObject({
        exactLength: false,
        hasLetter: false,
        hasDigit: false,
      });
    }
  });

  it('has the French labels of the product, in display order', () => {
    expect(
      PASSWORD_CRITERIA_ORDER.map((criterion) => PASSWORD_CRITERION_LABELS[criterion]),
    ).toEqual([
      'Exactement 8 caractères',
      'Au moins 1 lettre',
      'Au moins 1 chiffre',
      'Sans caractères spéciaux',
    ]);
  });

  it('counts only unaccented letters as letters, like the product rule', () => {
    expect(passwordCriteria('éééééé12')).toMatchObject({ hasLetter: false, hasDigit: true });
    expect(passwordCriteria('ÉÀÇ٣٤٥')).toMatchObject({ hasLetter: false, hasDigit: false });
  });

  it('agrees criterion by criterion with the lookaheads of the product rule', () => {
    // `.` stops at line breaks, so the lookaheads are only comparable on single-line strings.
    const singleLine = fc
      .oneof(nearlyPasswords, fc.string({ unit: 'binary' }))
      .filter((text) => !/[\n\r\u2028\u2029]/.test(text));
    fc.assert(
      fc.property(singleLine, (text) => {
        expect(passwordCriteria(text)).toMatchObject({
          hasLetter: /^(?=.*[A-Za-z])/.test(text),
          hasDigit: /^(?=.*[0-9])/.test(text),
          onlyLettersAndDigits: /^[A-Za-z0-9]*$/.test(text),
        });
      }),
    );
  });

  it('meets all four criteria exactly when the product rule matches', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyPasswords, fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const criteria = passwordCriteria(text);
        const allMet = Object.values(criteria).every(Boolean);
        expect(allMet).toBe(PRODUCT_RULE.test(text));
        expect(PASSWORD_PATTERN.test(text)).toBe(PRODUCT_RULE.test(text));
        expect(validatePassword(text).valid).toBe(PRODUCT_RULE.test(text));
      }),
    );
  });
});

describe('validatePassword', () => {
  it.each(['abcd1234', 'ABCD1234', 'Abcd1234', '1234567a', 'z0000000'])(
    'accepts %s',
    (password) => {
      expect(validatePassword(password)).toEqual({ valid: true, value: password });
      expect(isValidPassword(password)).toBe(true);
    },
  );

  it.each([
    ['abcdefgh', 'Le mot de passe doit contenir au moins 1 chiffre.'],
    ['12345678', 'Le mot de passe doit contenir au moins 1 lettre.'],
    ['abcd123', 'Le mot de passe doit comporter exactement 8 caractères.'],
    ['abcd12345', 'Le mot de passe doit comporter exactement 8 caractères.'],
    [
      'abc',
      'Le mot de passe doit comporter exactement 8 caractères et contenir au moins 1 chiffre.',
    ],
    [
      'abcdé123',
      'Le mot de passe doit ne contenir que des lettres non accentuées et des chiffres, sans espace ni caractère spécial.',
    ],
    [
      '!!!!',
      'Le mot de passe doit comporter exactement 8 caractères, contenir au moins 1 lettre, contenir au moins 1 chiffre et ne contenir que des lettres non accentuées et des chiffres, sans espace ni caractère spécial.',
    ],
  ])('refuses %s: %s', (password, message) => {
    expect(validatePassword(password)).toEqual({
      valid: false,
      reason: 'password-policy',
      message,
    });
  });

  it('never trims: surrounding spaces are special characters', () => {
    expect(validatePassword(' abcd1234')).toMatchObject({
      valid: false,
      reason: 'password-policy',
    });
    expect(validatePassword('abcd1234 ')).toMatchObject({
      valid: false,
      reason: 'password-policy',
    });
    expect(validatePassword('abcd 123')).toMatchObject({ valid: false, reason: 'password-policy' });
  });

  it('never truncates: 9 valid characters are refused, not cut to 8', () => {
    expect(validatePassword('abcd12345').valid).toBe(false);
  });

  it('asks for the password when none is given', () => {
    for (const empty of ['', null, undefined]) {
      expect(validatePassword(empty as string)).toEqual({
        valid: false,
        reason: 'required',
        message: 'Le mot de passe est obligatoire.',
      });
    }
  });

  it('gives back any compliant password unchanged, case included', () => {
    fc.assert(
      fc.property(compliantPassword, (password) => {
        expect(validatePassword(password)).toEqual({ valid: true, value: password });
      }),
    );
  });

  it('never throws, and every refusal names the mot de passe', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = validatePassword(input);
        if (!result.valid) {
          expect(result.message).toMatch(/^Le mot de passe /);
        }
      }),
    );
  });
});
