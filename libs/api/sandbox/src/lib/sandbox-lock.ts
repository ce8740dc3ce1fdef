/**
 * The advisory lock every writer of the sandbox's seed data takes in its transaction (the
 * directory's seed, the first start's seed, the resets, the class of trainees): one at a time,
 * whichever instance runs it. The same number as DirectorySeed's.
 */
export const SANDBOX_LOCK = 7469726574;
