import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitString } from '../testing/references';
import { remainderMod97 } from './mod97';

describe('remainderMod97', () => {
  it('computes small and huge remainders', () => {
    expect(remainderMod97('0')).toBe(0);
    expect(remainderMod97('97')).toBe(0);
    expect(remainderMod97('98')).toBe(1);
    expect(remainderMod97('2951099126111')).toBe(4);
  });

  it('refuses what is not a string of digits', () => {
    expect(remainderMod97('')).toBeNull();
    expect(remainderMod97('12 3')).toBeNull();
    expect(remainderMod97('-1')).toBeNull();
    expect(remainderMod97(undefined as unknown as string)).toBeNull();
  });

  it('agrees with BigInt arithmetic on numbers beyond Number.MAX_SAFE_INTEGER', () => {
    fc.assert(
      fc.property(digitString(1, 60), (digits) => {
        expect(remainderMod97(digits)).toBe(Number(BigInt(digits) % 97n));
      }),
    );
  });
});
