import type { HelpQuestion } from '@portail/domain';
import { matches, resultsSentence, searchKey, searchKeyOf } from './help-search';

describe('the help centre’s search', () => {
  const question: HelpQuestion = {
    id: 'delai-d-envoi-du-mandat',
    question: "Mon client a-t-il un délai pour m'envoyer son mandat ?",
    answer: [
      {
        kind: 'paragraph',
        lines: [
          [
            { text: "Non, il n'y a pas de délai. Plus tôt le client vous enverra votre mandat, " },
            { text: 'Ajouter un client', href: '/portefeuille/ajouter' },
          ],
        ],
      },
      { kind: 'external-mention', text: 'Attestations Carte Vitale', site: 'ameli.fr' },
    ],
  };

  it('ignores case, accents, kinds of apostrophes and spaces', () => {
    expect(searchKey('  Délai   DE l’Urssaf « Mes cotisations » ')).toBe('delai de l urssaf mes cotisations');
    expect(matches(searchKeyOf(question), 'DELAI')).toBe(true);
    expect(matches(searchKeyOf(question), 'm’envoyer')).toBe(true);
  });

  it('looks in the answer too, links and mentions included, every word in any order', () => {
    const key = searchKeyOf(question);
    expect(matches(key, 'plus tot')).toBe(true);
    expect(matches(key, 'client ajouter')).toBe(true);
    expect(matches(key, 'carte vitale')).toBe(true);
    expect(matches(key, 'délai retraite')).toBe(false);
    expect(matches(key, '   ')).toBe(true);
  });

  it('matches the beginnings of words only', () => {
    const key = searchKey('les mandats attribués à des tiers ; votre RIB');
    expect(matches(key, 'rib')).toBe(true);
    expect(matches(key, 'mandat')).toBe(true);
    expect(matches(key, 'tribu')).toBe(false);
    expect(matches(key, 'ers')).toBe(false);
  });

  it('says how many questions match', () => {
    expect(resultsSentence(0)).toBe('Aucune question ne correspond à votre recherche');
    expect(resultsSentence(1)).toBe('1 question correspond à votre recherche');
    expect(resultsSentence(3)).toBe('3 questions correspondent à votre recherche');
  });
});
