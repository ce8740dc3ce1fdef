/**
 * The shape every validator of libs/domain returns. Validators never throw: the API maps a refusal
 * to a 400 with `message`, the portal shows `message` under the field and may branch on `reason`.
 */

/** Stable machine codes: the API and the portal may switch on them, so never rename one. */
export type RefusalReason =
  | 'required'
  | 'format'
  | 'checksum'
  | 'too-long'
  | 'password-policy'
  | 'nir-with-key'
  | 'legacy-identifier';

export interface Refusal {
  valid: false;
  reason: RefusalReason;
  /** A French sentence for a person, naming the field and the rule. */
  message: string;
}

export interface Acceptance<T> {
  valid: true;
  /** The normalised value (spaces removed, case fixed…), the one to store. */
  value: T;
}

export type Validation<T = string> = Acceptance<T> | Refusal;

export function accept<T>(value: T): Acceptance<T> {
  return { valid: true, value };
}

export function refuse(reason: RefusalReason, message: string): Refusal {
  return { valid: false, reason, message };
}

/**
 * Signatures say `string`, but values come from JSON bodies and form controls: a reset control
 * gives null, a careless client may send a number. null/undefined read as empty text (so the
 * refusal is « obligatoire »); any other non-string is not text at all and gives null.
 */
export function readText(input: unknown): string | null {
  if (input === null || input === undefined) {
    return '';
  }
  return typeof input === 'string' ? input : null;
}

/** Users paste identifiers grouped by spaces, including the no-break spaces of formatted text. */
export function removeSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}
