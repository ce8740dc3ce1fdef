/**
 * The Luhn checksum (ISO/IEC 7812-1) used by SIREN and SIRET: from the rightmost digit, every
 * second digit is doubled (minus 9 when above 9); the total must be a multiple of 10.
 */
export function isLuhnValid(digits: string): boolean {
  if (typeof digits !== 'string' || !/^[0-9]+$/.test(digits)) {
    return false;
  }
  let total = 0;
  for (let offsetFromRight = 0; offsetFromRight < digits.length; offsetFromRight++) {
    let digit = Number(digits[digits.length - 1 - offsetFromRight]);
    if (offsetFromRight % 2 === 1) {
      digit *= 2;
      if (digit > 9) {
        digit -= 9;
      }
    }
    total += digit;
  }
  return total % 10 === 0;
}
