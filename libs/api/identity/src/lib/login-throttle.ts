/**
 * CNIL-style throttling of one account, whatever identifier was typed: after 5 consecutive
 * failures, a wait of 1 minute that doubles with each further failure; at most 25 failures in
 * 24 hours. No permanent lock: SIRETs are public, a lock would let anyone shut any firm out.
 */
export const FREE_FAILURES = 5;
export const FIRST_WAIT_MS = 60_000;
export const MAX_FAILURES_PER_DAY = 25;
export const DAY_MS = 24 * 60 * 60_000;
// Past this the doubling would overflow a date; the daily cap has long taken over by then.
const MAX_DOUBLINGS = 20;

/** When the account may try again after its `streak`-th consecutive failure (null: at once). */
export function blockedUntilAfterFailure(streak: number, now: Date): Date | null {
  if (streak < FREE_FAILURES) return null;
  const doublings = Math.min(streak - FREE_FAILURES, MAX_DOUBLINGS);
  return new Date(now.getTime() + FIRST_WAIT_MS * 2 ** doublings);
}
