import { placeAndDate, securityCodeOf, splitSignature } from './letter-parts';

describe('letter parts', () => {
  it('dates the letter in Paris, « 1er » for the first of the month', () => {
    expect(placeAndDate('2026-11-27T15:45:00.000Z')).toBe('Paris, le 27 novembre 2026');
    // 23:30 UTC on 30 November is already 1 December in Paris.
    expect(placeAndDate('2026-11-30T23:30:00.000Z')).toBe('Paris, le 1er décembre 2026');
  });

  it('finds the security code of the letter', () => {
    expect(securityCodeOf('Votre code de sécurité : ABCD-EFGH-JKMN')).toEqual({
      label: 'Votre code de sécurité :',
      code: 'ABCD-EFGH-JKMN',
    });
    expect(securityCodeOf('Ce code ne peut servir qu’une fois ; un nouveau courrier annule le précédent.')).toBeNull();
    expect(securityCodeOf('Madame,')).toBeNull();
  });

  it('sets a short closing line apart as the signature', () => {
    expect(splitSignature(['Madame,', 'Texte.', 'Votre Urssaf'])).toEqual({
      body: ['Madame,', 'Texte.'],
      signature: 'Votre Urssaf',
    });
    expect(splitSignature(['Cordialement,\nVotre Urssaf'])).toEqual({
      body: ['Cordialement,\nVotre Urssaf'],
      signature: null,
    });
    expect(splitSignature(['Madame,', 'Un long dernier paragraphe qui n’est pas une signature du tout.'])).toEqual({
      body: ['Madame,', 'Un long dernier paragraphe qui n’est pas une signature du tout.'],
      signature: null,
    });
  });
});
