import { describeOffset, formatClock, localInputToIso } from './clock-wording';

describe('clock wording', () => {
  it('says how far the sandbox is from real time, to the minute', () => {
    expect(describeOffset(0)).toBe('à l’heure réelle');
    expect(describeOffset(20_000)).toBe('à l’heure réelle');
    expect(describeOffset(3600_000)).toBe('en avance d’une heure sur l’heure réelle');
    expect(describeOffset((7 * 24 + 2) * 3600_000)).toBe('en avance de 7 jours et 2 heures sur l’heure réelle');
    expect(describeOffset((24 + 1) * 3600_000 + 5 * 60_000)).toBe(
      'en avance d’un jour, une heure et 5 minutes sur l’heure réelle',
    );
  });

  it('shows the time in Paris, in full', () => {
    expect(formatClock('2026-11-27T15:45:00.000Z')).toBe('vendredi 27 novembre 2026 à 16:45');
  });

  it('reads a date-time field', () => {
    expect(localInputToIso('2026-12-24T09:00')).toBe(new Date('2026-12-24T09:00').toISOString());
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('pas une date')).toBeNull();
  });
});
