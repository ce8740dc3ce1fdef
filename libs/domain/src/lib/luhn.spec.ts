import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitString, referenceLuhnCheckDigit, replaceAt } from '../testing/references';
import { isLuhnValid } from './luhn';

describe('isLuhnValid', () => {
  it('accepts the textbook number and refuses its neighbours', () => {
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('79927398710')).toBe(false);
    expect(isLuhnValid('79927398731')).toBe(false);
  });

  it('refuses what is not a string of digits', () => {
    expect(isLuhnValid('')).toBe(false);
    expect(isLuhnValid('0000 0000')).toBe(false);
    expect(isLuhnValid('12a')).toBe(false);
    expect(isLuhnValid(null as unknown as string)).toBe(false);
    expect(isLuhnValid(18 as unknown as string)).toBe(false);
  });

  it('accepts any payload followed by its check digit', () => {
    fc.assert(
      fc.property(digitString(1, 30), (payload) => {
        expect(isLuhnValid(payload + referenceLuhnCheckDigit(payload))).toBe(true);
      }),
    );
  });

  it('detects every single-digit error', () => {
    fc.assert(
      fc.property(
        digitString(1, 30),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (payload, at, shift) => {
          const valid = payload + referenceLuhnCheckDigit(payload);
          const index = at % valid.length;
          const mutated = replaceAt(valid, index, String((Number(valid[index]) + shift) % 10));
          expect(isLuhnValid(mutated)).toBe(false);
        },
      ),
    );
  });
});
