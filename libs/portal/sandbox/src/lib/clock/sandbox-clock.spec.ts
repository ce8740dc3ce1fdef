import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ClockState } from '@portail/domain';
import { SandboxMode } from '@portail/portal-ui';
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

  it('knows the sandbox is off when the API answers 404, and stops polling', async () => {
    const clock = TestBed.inject(SandboxClock);
    const mode = TestBed.inject(SandboxMode);
    expect(clock.enabled()).toBeNull();

    http.expectOne('/api/sandbox/clock').flush(
      { statusCode: 404, message: 'Introuvable.' },
      { status: 404, statusText: 'Not Found' },
    );
    expect(clock.enabled()).toBe(false);
    expect(mode.enabled()).toBe(false);
    // Off is not « horloge indisponible ».
    expect(clock.unavailable()).toBe(false);
    expect(clock.now()).toBeNull();
    await expect(clock.whenKnown()).resolves.toBe(false);

    vi.advanceTimersByTime(CLOCK_REFRESH_MS * 3);
    http.expectNone('/api/sandbox/clock');
  });

  it('takes an API out of reach for a sandbox that is on, not off', async () => {
    const clock = TestBed.inject(SandboxClock);
    http.expectOne('/api/sandbox/clock').error(new ProgressEvent('error'), { status: 0 });
    expect(clock.unavailable()).toBe(true);
    expect(clock.enabled()).toBe(true);
    await expect(clock.whenKnown()).resolves.toBe(true);

    // A proxy's 504 while the API restarts is no more an « off ».
    vi.advanceTimersByTime(CLOCK_REFRESH_MS);
    http.expectOne('/api/sandbox/clock').flush('Gateway Timeout', { status: 504, statusText: 'Gateway Timeout' });
    expect(clock.enabled()).toBe(true);
  });

  it('takes the state the trainer’s move answered', () => {
    const clock = TestBed.inject(SandboxClock);
    http.expectOne('/api/sandbox/clock').flush(CLOCK);
    clock.accept({ ...CLOCK, now: '2026-11-28T16:45:00.000Z', offsetMs: CLOCK.offsetMs + 25 * 3600_000 });
    expect(clock.now()?.toISOString()).toBe('2026-11-28T16:45:00.000Z');
    expect(clock.offsetMs()).toBe(CLOCK.offsetMs + 25 * 3600_000);
    expect(clock.enabled()).toBe(true);
  });
});
