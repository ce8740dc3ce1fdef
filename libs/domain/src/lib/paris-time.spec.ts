import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatParisDateTime, parisDate, parisYear } from './paris-time';

describe('parisDate', () => {
  it.each([
    ['2026-12-31T22:59:59.999Z', '2026-12-31'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    ['2026-12-31T23:10:00Z', '2027-01-01'],
    ['2027-01-01T00:10:00Z', '2027-01-01'],
    ['2028-02-28T23:30:00Z', '2028-02-29'],
    ['2028-02-29T22:59:59Z', '2028-02-29'],
    ['2028-02-29T23:00:00Z', '2028-03-01'],
    // Summer time starts at 01:00 UTC on the last Sunday of March, ends at 01:00 UTC on the last Sunday of October.
    ['2027-03-27T22:59:59Z', '2027-03-27'],
    ['2027-03-27T23:00:00Z', '2027-03-28'],
    ['2027-03-28T00:30:00Z', '2027-03-28'],
    ['2027-03-28T21:59:59Z', '2027-03-28'],
    ['2027-03-28T22:00:00Z', '2027-03-29'],
    ['2027-10-30T21:59:59Z', '2027-10-30'],
    ['2027-10-30T22:00:00Z', '2027-10-31'],
    ['2027-10-31T00:30:00Z', '2027-10-31'],
    ['2027-10-31T22:59:59Z', '2027-10-31'],
    ['2027-10-31T23:00:00Z', '2027-11-01'],
  ])('%s is %s in Paris', (instant, day) => {
    expect(parisDate(new Date(instant))).toBe(day);
  });

  it('gives the year of that day', () => {
    expect(parisYear(new Date('2026-12-31T23:10:00Z'))).toBe(2027);
    expect(parisYear(new Date('2026-12-31T22:10:00Z'))).toBe(2026);
  });

  it('agrees with the day of the French date-time formatter at any instant', () => {
    const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
    fc.assert(
      fc.property(fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), (instant) => {
        const [year, month, day] = parisDate(instant).split('-').map(Number);
        expect(formatParisDateTime(instant)).toMatch(new RegExp(`^${day === 1 ? '1(er)?' : day} ${months[month - 1]} ${year} à `));
      }),
      { numRuns: 500 },
    );
  });
});
