import { formatDateTime, formatSandboxTime } from './format-date-time';

describe('formatSandboxTime', () => {
  it('formats in French, in Paris time', () => {
    expect(formatSandboxTime('2026-11-27T15:45:00.000Z')).toBe('ven. 27 nov. 2026, 16:45');
  });

  it('follows summer time', () => {
    expect(formatSandboxTime(new Date('2026-07-14T08:05:00.000Z'))).toBe('mar. 14 juil. 2026, 10:05');
  });
});

describe('formatDateTime', () => {
  it('spells the month out', () => {
    expect(formatDateTime('2026-11-27T15:45:00.000Z')).toBe('27 novembre 2026 à 16:45');
  });
});
