import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ClockState } from '@portail/domain';
import { CLOCK_REFRESH_MS, SandboxClock } from './sandbox-clock';

const CLOCK: ClockState = {
  now: '2026-11-27T15:45:00.000Z',
  realNow: '2026-11-20T15:45:00.000Z',
  offsetMs: 7 * 24 * 3600 * 1000,
};

describe('SandboxClock', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    vi.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    vi.useRealTimers();
  });

  it('reads the clock at once, then every 30 seconds', () => {
    const clock = TestBed.inject(SandboxClock);
    expect(clock.now()).toBeNull();

    http.expectOne('/api/sandbox/clock').flush(CLOCK);
    expect(clock.now()?.toISOString()).toBe('2026-11-27T15:45:00.000Z');
    expect(clock.unavailable()).toBe(false);

    vi.advanceTimersByTime(CLOCK_REFRESH_MS);
    http.expectOne('/api/sandbox/clock').flush({ ...CLOCK, now: '2026-11-27T15:45:30.000Z' });
    expect(clock.now()?.toISOString()).toBe('2026-11-27T15:45:30.000Z');
  });

  it('is unavailable when the API does not answer, and recovers', () => {
    const clock = TestBed.inject(SandboxClock);
    http.expectOne('/api/sandbox/clock').error(new ProgressEvent('error'), { status: 0 });
    expect(clock.now()).toBeNull();
    expect(clock.unavailable()).toBe(true);

    clock.refresh();
    http.expectOne('/api/sandbox/clock').flush(CLOCK);
    expect(clock.unavailable()).toBe(false);
    expect(clock.now()).not.toBeNull();
  });
});
