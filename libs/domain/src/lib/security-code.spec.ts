import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatSecurityCode,
  isSecurityCodeShape,
  normaliseSecurityCode,
  SECURITY_CODE_ALPHABET,
  SECURITY_CODE_LENGTH,
} from './security-code';

const securityCode = fc.string({
  unit: fc.constantFrom(...SECURITY_CODE_ALPHABET),
  minLength: SECURITY_CODE_LENGTH,
  maxLength: SECURITY_CODE_LENGTH,
});

describe('SECURITY_CODE_ALPHABET', () => {
  it('has 31 distinct upper-case characters and no look-alikes', () => {
    expect(new Set(SECURITY_CODE_ALPHABET).size).toBe(31);
    expect(SECURITY_CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) {
      expect(SECURITY_CODE_ALPHABET).not.toContain(lookAlike);
    }
  });
});

describe('normaliseSecurityCode', () => {
  it('removes spaces and dashes and upper-cases what was typed', () => {
    expect(normaliseSecurityCode('abcd-efgh-jkmn')).toBe('ABCDEFGHJKMN');
    expect(normaliseSecurityCode(' abcd efgh  jkmn ')).toBe('ABCDEFGHJKMN');
    expect(normaliseSecurityCode('ABCD\u2013EFGH\u2014JKMN\u2011')).toBe('ABCDEFGHJKMN');
    expect(normaliseSecurityCode('aBcD\u00a0-\u00a0eFgH\tjKmN')).toBe('ABCDEFGHJKMN');
  });

  it('keeps the other characters, for isSecurityCodeShape to refuse', () => {
    expect(normaliseSecurityCode('abcd.efgh_jkmn')).toBe('ABCD.EFGH_JKMN');
  });
});

describe('formatSecurityCode', () => {
  it('prints the code in groups of four joined by dashes', () => {
    expect(formatSecurityCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
    expect(formatSecurityCode('ABCDEF')).toBe('ABCD-EF');
    expect(formatSecurityCode('')).toBe('');
  });

  it('prints any code as three groups of four', () => {
    fc.assert(
      fc.property(securityCode, (code) => {
        expect(formatSecurityCode(code)).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      }),
    );
  });

  it('gives back the code once normalised, however the person retypes it', () => {
    fc.assert(
      fc.property(securityCode, fc.boolean(), (code, lowerCase) => {
        const printed = formatSecurityCode(code);
        expect(normaliseSecurityCode(printed)).toBe(code);
        const retyped = ` ${lowerCase ? printed.toLowerCase() : printed} `.replace(/-/g, ' - ');
        expect(normaliseSecurityCode(retyped)).toBe(code);
      }),
    );
  });
});

describe('isSecurityCodeShape', () => {
  it('accepts 12 characters of the alphabet', () => {
    expect(isSecurityCodeShape('ABCDEFGHJKMN')).toBe(true);
    expect(isSecurityCodeShape('23456789ABCD')).toBe(true);
  });

  it.each([
    ['11 characters', 'ABCDEFGHJKM'],
    ['13 characters', 'ABCDEFGHJKMNP'],
    ['empty', ''],
    ['a zero', 'ABCDEFGHJKM0'],
    ['an O', 'ABCDEFGHJKMO'],
    ['a one', 'ABCDEFGHJKM1'],
    ['an I', 'ABCDEFGHJKMI'],
    ['an L', 'ABCDEFGHJKML'],
    ['lower case (not normalised)', 'abcdefghjkmn'],
    ['dashes (not normalised)', 'ABCD-EFGH-JK'],
    ['an accented letter', 'ABCDEFGHJKMÉ'],
  ])('refuses %s', (_, code) => {
    expect(isSecurityCodeShape(code)).toBe(false);
  });

  it('accepts any 12 characters of the alphabet', () => {
    fc.assert(
      fc.property(securityCode, (code) => {
        expect(isSecurityCodeShape(code)).toBe(true);
        expect(isSecurityCodeShape(normaliseSecurityCode(formatSecurityCode(code).toLowerCase()))).toBe(true);
      }),
    );
  });

  it('refuses any code with one character outside the alphabet', () => {
    fc.assert(
      fc.property(
        securityCode,
        fc.nat(SECURITY_CODE_LENGTH - 1),
        fc.string({ minLength: 1, maxLength: 1 }),
        (code, at, char) => {
          fc.pre(!SECURITY_CODE_ALPHABET.includes(char));
          expect(isSecurityCodeShape(code.slice(0, at) + char + code.slice(at + 1))).toBe(false);
        },
      ),
    );
  });

  it('is true only for 12 characters, each from the alphabet', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 16 }), fc.string({ unit: 'grapheme', maxLength: 16 }), securityCode),
        (text) => {
          const expected = text.length === 12 && Array.from(text).every((char) => /^[2-9A-HJKMNP-Z]$/.test(char));
          expect(isSecurityCodeShape(text)).toBe(expected);
        },
      ),
    );
  });
});
