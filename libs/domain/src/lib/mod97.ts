/**
 * The remainder modulo 97 of a decimal number written as a string of any length. NIR (13 digits)
 * and IBAN (up to 34 characters, i.e. more digits once letters are expanded) exceed
 * Number.MAX_SAFE_INTEGER, so the remainder is carried digit by digit instead of parsing.
 * Returns null when the text is not a non-empty string of digits.
 */
export function remainderMod97(digits: string): number | null {
  if (typeof digits !== 'string' || !/^[0-9]+$/.test(digits)) {
    return null;
  }
  let remainder = 0;
  for (const digit of digits) {
    remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}
