import { TestBed } from '@angular/core/testing';
import { SandboxClock } from '../../clock/sandbox-clock';
import {
  CLOCK,
  type PanelTest,
  apiError,
  buttonByText,
  fieldByLabel,
  setUpPanelTest,
  textOf,
  typeInto,
} from '../../testing/sandbox-testing';
import { ClockPanel } from './clock-panel';

describe('ClockPanel', () => {
  let test: PanelTest;
  let panel: HTMLElement;

  beforeEach(async () => {
    test = await setUpPanelTest(ClockPanel, { clock: true });
    panel = test.element;
    await test.settle();
  });

  afterEach(() => test.http.verify());

  it('shows the sandbox time in full, and how far it is from real time', () => {
    expect(textOf(panel.querySelector('h2'))).toBe('Horloge du bac à sable');
    expect(textOf(panel.querySelector('.clock__now time'))).toBe('vendredi 27 novembre 2026 à 16:45');
    expect(textOf(panel.querySelector('.clock__offset'))).toBe('en avance de 7 jours sur l’heure réelle');
  });

  it('advances the clock by 25 hours, for the whole portal, and says so', async () => {
    expect(Array.from(panel.querySelectorAll('.clock__moves button'), textOf)).toEqual([
      '+1 h',
      '+24 h',
      '+25 h',
      '+30 jours',
    ]);
    buttonByText(panel, '+25 h').click();
    const request = await test.nextRequest('/api/sandbox/clock/advance', 'POST');
    expect(request.request.body).toEqual({ hours: 25 });
    request.flush({ ...CLOCK, now: '2026-11-28T16:45:00.000Z', offsetMs: CLOCK.offsetMs + 25 * 3600_000 });
    await test.settle();

    expect(textOf(panel.querySelector('[role="status"]'))).toBe(
      'L’horloge a avancé de 25 heures : nous sommes le samedi 28 novembre 2026 à 17:45.',
    );
    expect(textOf(panel.querySelector('.clock__now time'))).toBe('samedi 28 novembre 2026 à 17:45');
    // The sandbox bar reads the same clock.
    expect(TestBed.inject(SandboxClock).now()?.toISOString()).toBe('2026-11-28T16:45:00.000Z');
  });

  it('sets the date, and shows the API’s refusal of a past one', async () => {
    buttonByText(panel, 'Régler la date').click();
    await test.settle();
    test.http.expectNone('/api/sandbox/clock/set');
    expect(textOf(panel.querySelector('mat-error'))).toBe('Indiquez la date et l’heure.');

    typeInto(fieldByLabel(panel, 'Régler la date'), '2026-01-05T09:00');
    buttonByText(panel, 'Régler la date').click();
    const request = await test.nextRequest('/api/sandbox/clock/set', 'POST');
    expect(request.request.body).toEqual({ at: new Date('2026-01-05T09:00').toISOString() });
    request.flush(...apiError(400, 'La date doit être postérieure à l’heure réelle.'));
    await test.settle();
    expect(textOf(panel.querySelector('[role="alert"]'))).toBe('La date doit être postérieure à l’heure réelle.');

    typeInto(fieldByLabel(panel, 'Régler la date'), '2026-12-24T09:00');
    buttonByText(panel, 'Régler la date').click();
    (await test.nextRequest('/api/sandbox/clock/set', 'POST')).flush({
      ...CLOCK,
      now: '2026-12-24T08:00:00.000Z',
    });
    await test.settle();
    expect(textOf(panel.querySelector('[role="alert"]'))).toBe('');
    expect(textOf(panel.querySelector('[role="status"]'))).toBe(
      'L’horloge est réglée : nous sommes le jeudi 24 décembre 2026 à 09:00.',
    );
  });

  it('goes back to real time', async () => {
    buttonByText(panel, 'Revenir à l’heure réelle').click();
    (await test.nextRequest('/api/sandbox/clock/reset', 'POST')).flush({
      now: CLOCK.realNow,
      realNow: CLOCK.realNow,
      offsetMs: 0,
    });
    await test.settle();
    expect(textOf(panel.querySelector('[role="status"]'))).toBe(
      'L’horloge suit de nouveau l’heure réelle : nous sommes le vendredi 20 novembre 2026 à 16:45.',
    );
    expect(textOf(panel.querySelector('.clock__offset'))).toBe('à l’heure réelle');
  });
});
