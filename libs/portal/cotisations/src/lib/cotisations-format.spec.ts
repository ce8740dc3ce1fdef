import {
  formatDay,
  formatDueDate,
  formatEuros,
  formatShortMonth,
  formatSiren,
  groupByFour,
} from './cotisations-format';

/** Intl separates thousands and the € sign with no-break spaces: compare with plain ones. */
function plain(text: string): string {
  return text.replace(/\s/g, ' ');
}

describe('cotisations format', () => {
  it('shows cents as French euros', () => {
    expect(plain(formatEuros(123_456))).toBe('1 234,56 €');
    expect(plain(formatEuros(0))).toBe('0,00 €');
  });

  it('never shifts a due date, whatever the time zone', () => {
    expect(formatDueDate('2027-03-05')).toBe('5 mars 2027');
    expect(formatShortMonth('2027-02-05')).toBe('févr.');
  });

  it('reads a moment in Paris time', () => {
    // 23:30 UTC on 31 December is already the next year in Paris.
    expect(formatDay('2026-12-31T23:30:00.000Z')).toBe('1 janvier 2027');
  });

  it('groups identifiers as they are printed', () => {
    expect(formatSiren('732829320')).toBe('732 829 320');
    expect(groupByFour('4970101122334455')).toBe('4970 1011 2233 4455');
  });
});
