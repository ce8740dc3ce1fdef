import { Location } from '@angular/common';
import { inject } from '@angular/core';

/**
 * Reads a string passed through `router.navigate(…, { state })`. The browser keeps history state
 * across a reload, so a page reloaded by a trainer still finds it; it never shows in the URL.
 */
export function injectHistoryState(key: string): string | null {
  const state: unknown = inject(Location).getState();
  if (typeof state !== 'object' || state === null) {
    return null;
  }
  const value = (state as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}
