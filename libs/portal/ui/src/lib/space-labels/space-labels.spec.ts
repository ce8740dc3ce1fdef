import { describeSpace, formatSiret } from './space-labels';

describe('space labels', () => {
  it('groups a SIRET as it is printed', () => {
    expect(formatSiret('73282932000074')).toBe('732 829 320 00074');
    expect(formatSiret(null)).toBe('');
    expect(formatSiret('123')).toBe('123');
  });

  it('describes a space by its kind and SIRET', () => {
    expect(describeSpace({ kind: 'tiers', siret: '73282932000074' })).toBe('Tiers mandaté — SIRET 732 829 320 00074');
    expect(describeSpace({ kind: 'travailleur-independant', siret: null })).toBe('Travailleur indépendant');
  });
});
