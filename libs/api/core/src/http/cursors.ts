import { isUUID } from 'class-validator';
import { isUnsafeText } from './unsafe-text';

/**
 * What a keyset cursor may hold once decoded. A cursor comes back from the client, so each part is
 * checked here to the last character: PostgreSQL's casts (uuid, bigint, timestamptz) would
 * otherwise answer a forged one with an error, hence a 500.
 */

/** The refusal of an `after` cursor that is not one the API handed out. */
export const BAD_AFTER_CURSOR = 'Le curseur de pagination n’est pas valide (paramètre « after ») : revenez à la première page.';

/** The latest instant a cursor may name: 9999-12-31T23:59:59.999999Z, in microseconds since 1970. */
const LATEST_MICROSECONDS = 253_402_300_799_999_999n;
const DIGITS = /^[0-9]{1,18}$/;
/** Exactly what Date#toISOString writes for the years 1970 to 9999. */
const ISO_INSTANT = /^(19[7-9][0-9]|[2-9][0-9]{3})-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$/;

/** The JSON a base64url cursor encodes, or undefined when it is not one. */
export function decodeJsonCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** A UUID as PostgreSQL writes one (any version): 8-4-4-4-12 hexadecimal digits. */
export function isCursorUuid(value: unknown): value is string {
  return typeof value === 'string' && isUUID(value, 'all');
}

/** Microseconds since 1970 written in digits, up to the end of year 9999. */
export function isCursorMicroseconds(value: unknown): value is string {
  return typeof value === 'string' && DIGITS.test(value) && BigInt(value) <= LATEST_MICROSECONDS;
}

/** A positive bigint key written in digits (never a JSON number, which loses digits past 2^53). */
export function isCursorDigits(value: unknown): value is string {
  return typeof value === 'string' && DIGITS.test(value);
}

/** A short text key PostgreSQL can compare: no NUL, no lone surrogate. */
export function isCursorText(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length <= maxLength && !isUnsafeText(value);
}

/** The instant an ISO cursor names, when it is a real date (no 30 February) between 1970 and 9999. */
export function cursorInstant(value: unknown): Date | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return null;
  const instant = new Date(value);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === value ? instant : null;
}
