/**
 * The security code printed on the letter a client receives when a firm adds them: 12 characters
 * from an alphabet without look-alikes (no 0/O, 1/I/L), printed in groups of four. 31^12 ≈ 2^59
 * possibilities, behind at most 5 tries per attachment.
 */
export const SECURITY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SECURITY_CODE_LENGTH = 12;

/** What a person typed, as compared: spaces and dashes removed, upper case. */
export function normaliseSecurityCode(typed: string): string {
  return typed.replace(/[\s\-‐‑–—]+/g, '').toUpperCase();
}

/** « ABCD-EFGH-JKMN » as printed on the letter. */
export function formatSecurityCode(code: string): string {
  return (code.match(/.{1,4}/g) ?? []).join('-');
}

export function isSecurityCodeShape(normalised: string): boolean {
  return normalised.length === SECURITY_CODE_LENGTH && [...normalised].every((c) => SECURITY_CODE_ALPHABET.includes(c));
}
