import { completed, listOfBodies, ruleOf } from './situation-wording';

describe('the guide’s wording', () => {
  const bodies = ['votre Urssaf', 'votre caisse d’assurance maladie (Cpam)', 'votre caisse de retraite (Carsat)'];

  it('lists the organisations the seed showed as logos', () => {
    expect(listOfBodies(bodies)).toBe(
      'votre Urssaf, votre caisse d’assurance maladie (Cpam) et votre caisse de retraite (Carsat)',
    );
    expect(listOfBodies(['le centre de formalités des entreprises (CFE)'])).toBe(
      'le centre de formalités des entreprises (CFE)',
    );
  });

  it('completes only the sentences that ended on a colon', () => {
    expect(completed("Le changement d'adresse personnelle (domicile) est à signaler à :", { bodies })).toBe(
      "Le changement d'adresse personnelle (domicile) est à signaler à : votre Urssaf, votre caisse d’assurance maladie (Cpam) et votre caisse de retraite (Carsat).",
    );
    expect(
      completed(
        'Le changement de statut est à signaler dans le mois qui suit au centre de formalités des entreprises (CFE).',
        { bodies },
      ),
    ).toBe(
      'Le changement de statut est à signaler dans le mois qui suit au centre de formalités des entreprises (CFE).',
    );
  });

  it('reads the table’s row as a sentence', () => {
    expect(
      ruleOf({
        id: 'etat-civil',
        label: "Changement d'état civil",
        rule: 'à signaler à :',
        bodies,
        delay: 'Dès que possible : aucun délai n’est fixé',
        how: '',
        sentences: [],
        links: [],
        questionId: 'changement-d-etat-civil',
      }),
    ).toBe(
      "Changement d'état civil — à signaler à : votre Urssaf, votre caisse d’assurance maladie (Cpam) et votre caisse de retraite (Carsat).",
    );
  });
});
