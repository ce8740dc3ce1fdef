/**
 * When a payment field's value is complete enough for its error to show while typing; before
 * that, the error waits for the field to be left (LiveErrorStateMatcher).
 */

/** Digits and spaces only, fewer than 16 digits: still being typed. */
export function isCompleteCardNumber(value: string): boolean {
  return !/^[\d\s]*$/.test(value) || value.replace(/\D/g, '').length >= 16;
}

/** A French IBAN has 27 characters. */
export function isCompleteIban(value: string): boolean {
  return value.replace(/\s+/g, '').length >= 27;
}
