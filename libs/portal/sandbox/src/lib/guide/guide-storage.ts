import type { GuideProcedureId } from './procedures';

/** The on/off switch outlives the session: a trainee who switched it off keeps it off. */
export const GUIDE_ENABLED_KEY = 'pt.mode-guide';
/** The procedure and how far the trainee went: for the session only (this tab), not the next class. */
export const GUIDE_PROGRESS_KEY = 'pt.mode-guide.progression';

export interface ProcedureProgress {
  /** The step located last: where the guide resumes when several steps share a page. */
  last: number | null;
  /** The furthest step reached: the steps before it are shown as passed. */
  furthest: number;
}

export interface GuideProgress {
  procedure: GuideProcedureId | null;
  byProcedure: Partial<Record<GuideProcedureId, ProcedureProgress>>;
}

export const NO_PROGRESS: GuideProgress = { procedure: null, byProcedure: {} };

/**
 * Storage may be missing or refuse (private browsing, quotas): the guide then simply forgets.
 * The progress read back is trusted loosely: an unknown shape is dropped, not repaired.
 */
export function readEnabled(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(GUIDE_ENABLED_KEY) === 'on';
  } catch {
    return false;
  }
}

export function writeEnabled(storage: Storage | undefined, enabled: boolean): void {
  try {
    storage?.setItem(GUIDE_ENABLED_KEY, enabled ? 'on' : 'off');
  } catch {
    // Kept for this page only.
  }
}

export function readProgress(storage: Storage | undefined): GuideProgress {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(GUIDE_PROGRESS_KEY) ?? 'null');
    if (stored && typeof stored === 'object' && 'byProcedure' in stored && 'procedure' in stored) {
      return stored as GuideProgress;
    }
  } catch {
    // Unreadable: start afresh.
  }
  return NO_PROGRESS;
}

export function writeProgress(storage: Storage | undefined, progress: GuideProgress): void {
  try {
    storage?.setItem(GUIDE_PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Kept for this page only.
  }
}
