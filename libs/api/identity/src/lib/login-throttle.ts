/**
 * CNIL-style throttling of one account, whatever identifier was typed: after 5 consecutive
 * failures, a wait of 1 minute that doubles with each further failure; at most 25 failures in
 * 24 hours. No permanent lock: SIRETs are public, a lock would let anyone shut any firm out.
 * Applied in one SQL statement by LoginService.
 */
export const FREE_FAILURES = 5;
export const FIRST_WAIT_MS = 60_000;
export const MAX_FAILURES_PER_DAY = 25;
export const DAY_MS = 24 * 60 * 60_000;
