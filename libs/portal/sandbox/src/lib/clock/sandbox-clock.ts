import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ClockState } from '@portail/domain';
import { SandboxMode } from '@portail/portal-ui';
import { Observable, Subject, catchError, exhaustMap, filter, interval, map, merge, of, startWith } from 'rxjs';
import { SandboxApi } from '../sandbox-api';

/** Often enough for a clock shown to the minute; a trainer who advances the clock sees it quickly. */
export const CLOCK_REFRESH_MS = 30_000;

/** What one read of the clock taught. */
type ClockReading = { kind: 'state'; state: ClockState } | { kind: 'off' } | { kind: 'unreachable' };

/**
 * The sandbox time for the sandbox bar, and whether there is a sandbox at all. It reads
 * `GET /api/sandbox/clock` as soon as it is first injected, then every 30 seconds.
 *
 * - An answer: `now` is the sandbox time.
 * - 404: the API runs with SANDBOX=false (every sandbox endpoint answers 404). The sandbox is
 *   off: `enabled` turns false, the bar and the hints disappear and polling stops.
 * - No answer (network, proxy): `unavailable` turns true and `now` null: « horloge indisponible »,
 *   but the sandbox is not taken for off.
 */
@Injectable({ providedIn: 'root' })
export class SandboxClock {
  private readonly api = inject(SandboxApi);
  private readonly mode = inject(SandboxMode);
  private readonly state = signal<ClockState | null>(null);
  private readonly failed = signal(false);
  private readonly refreshRequests = new Subject<void>();
  private readonly firstReading: Promise<void>;
  private markRead: () => void = () => undefined;

  readonly now = computed(() => {
    const state = this.state();
    return state ? new Date(state.now) : null;
  });
  /** How far the sandbox is ahead of real time, in milliseconds; null while unknown. */
  readonly offsetMs = computed(() => this.state()?.offsetMs ?? null);
  readonly unavailable = this.failed.asReadonly();
  /** null until the first answer; false once the API said the sandbox is off. */
  readonly enabled = this.mode.enabled;

  constructor() {
    this.firstReading = new Promise((resolve) => (this.markRead = resolve));
    const ticks = interval(CLOCK_REFRESH_MS).pipe(
      startWith(0),
      // Nothing to poll once the sandbox is known to be off; an explicit refresh still reads.
      filter(() => this.mode.enabled() !== false),
    );
    merge(ticks, this.refreshRequests)
      .pipe(
        // A slow answer is not stacked with the next tick's request.
        exhaustMap(() => this.read()),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((reading) => this.apply(reading));
  }

  /** Reads the clock now, e.g. after a reset of the sandbox. */
  refresh(): void {
    this.refreshRequests.next();
  }

  /** The trainer moved the clock: its answer is the new state, no need to read it again. */
  accept(state: ClockState): void {
    this.apply({ kind: 'state', state });
  }

  /** Resolves once the API answered (or failed to) the first time: true unless the sandbox is off. */
  async whenKnown(): Promise<boolean> {
    await this.firstReading;
    return this.mode.enabled() !== false;
  }

  private read(): Observable<ClockReading> {
    return this.api.getClock().pipe(
      map((state): ClockReading => ({ kind: 'state', state })),
      catchError((error: unknown) =>
        of<ClockReading>(
          error instanceof HttpErrorResponse && error.status === 404 ? { kind: 'off' } : { kind: 'unreachable' },
        ),
      ),
    );
  }

  private apply(reading: ClockReading): void {
    this.state.set(reading.kind === 'state' ? reading.state : null);
    this.failed.set(reading.kind === 'unreachable');
    if (reading.kind !== 'unreachable') {
      this.mode.report(reading.kind === 'state');
    } else if (this.mode.enabled() === null) {
      // Unknown, not off: the bar says « horloge indisponible » and the pages say what fails.
      this.mode.report(true);
    }
    this.markRead();
  }
}
