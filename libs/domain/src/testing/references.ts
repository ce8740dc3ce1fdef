/**
 * Test-only: arbitraries and reference implementations for the specs. The references are written
 * differently from the code under test (lookup table, BigInt) so that a shared mistake is unlikely.
 * Never exported from the public index.
 */
import fc from 'fast-check';

export const digitString = (minLength: number, maxLength = minLength) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });

/** Whatever a careless caller may pass at runtime despite the `string` signature. */
export const anyInput: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.anything(),
) as fc.Arbitrary<string>;

const DOUBLED_DIGIT = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];

export function referenceLuhnCheckDigit(payload: string): string {
  // The check digit will sit at the far right, so doubling starts with the last payload digit.
  const total = Array.from(payload)
    .reverse()
    .reduce(
      (sum, char, index) => sum + (index % 2 === 0 ? DOUBLED_DIGIT[Number(char)] : Number(char)),
      0,
    );
  return String((10 - (total % 10)) % 10);
}

export function referenceNirKey(nirWithoutKey: string): string {
  const numeric = nirWithoutKey.replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  return String(97n - (BigInt(numeric) % 97n)).padStart(2, '0');
}

export const nirWithoutKey = fc
  .tuple(
    fc.constantFrom('1', '2'),
    digitString(4),
    fc.oneof(digitString(2), fc.constantFrom('2A', '2B')),
    digitString(6),
  )
  .map((parts) => parts.join(''));

export function referenceFrenchIbanCheckDigits(bban: string): string {
  const numeric = Array.from(bban + 'FR00')
    .map((char) =>
      /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 'A'.charCodeAt(0) + 10) : char,
    )
    .join('');
  return String(98n - (BigInt(numeric) % 97n)).padStart(2, '0');
}

/** 23 characters, mostly digits (as real French BBANs), letters sometimes. */
export const frenchBban = fc.string({
  unit: fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...'0123456789') },
    { weight: 1, arbitrary: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ') },
  ),
  minLength: 23,
  maxLength: 23,
});

/** Inserts spaces between characters, as people type grouped identifiers. */
export function withSpaces(text: string, everyCharacters: number): string {
  const groups: string[] = [];
  for (let start = 0; start < text.length; start += everyCharacters) {
    groups.push(text.slice(start, start + everyCharacters));
  }
  return groups.join(' ');
}

/** The same string with the character at `index` replaced. */
export function replaceAt(text: string, index: number, replacement: string): string {
  return text.slice(0, index) + replacement + text.slice(index + 1);
}
