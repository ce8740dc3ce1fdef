import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ClockState } from '@portail/domain';
import { Subject, catchError, exhaustMap, interval, map, merge, of, startWith } from 'rxjs';
import { SandboxApi } from '../sandbox-api';

/** Often enough for a clock shown to the minute; a trainer who advances the clock sees it quickly. */
export const CLOCK_REFRESH_MS = 30_000;

/**
 * The sandbox time for the sandbox bar. It reads `GET /api/sandbox/clock` as soon as it is
 * first injected, then every 30 seconds. When the API cannot be reached, `unavailable` turns
 * true and `now` null: the page keeps working, only the time is missing.
 */
@Injectable({ providedIn: 'root' })
export class SandboxClock {
  private readonly api = inject(SandboxApi);
  private readonly state = signal<ClockState | null>(null);
  private readonly failed = signal(false);
  private readonly refreshRequests = new Subject<void>();

  readonly now = computed(() => {
    const state = this.state();
    return state ? new Date(state.now) : null;
  });
  readonly unavailable = this.failed.asReadonly();

  constructor() {
    merge(interval(CLOCK_REFRESH_MS).pipe(startWith(0)), this.refreshRequests)
      .pipe(
        // A slow answer is not stacked with the next tick's request.
        exhaustMap(() =>
          this.api.getClock().pipe(
            map((state): ClockState | null => state),
            catchError(() => of(null)),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((state) => {
        this.state.set(state);
        this.failed.set(state === null);
      });
  }

  /** Reads the clock now, e.g. after the trainer moved it. */
  refresh(): void {
    this.refreshRequests.next();
  }
}
