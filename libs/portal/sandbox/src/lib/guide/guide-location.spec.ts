import { type GuideLocation, locateStep, pathOf, proceduresChosenBy, stepsAt } from './guide-location';
import { GUIDE_MARKERS, GUIDE_PROCEDURES, type GuideMarker, type GuideProcedureId, procedureById } from './procedures';

function procedure(id: GuideProcedureId) {
  const found = procedureById(id);
  if (!found) {
    throw new Error(`No procedure ${id}`);
  }
  return found;
}

function at(path: string, ...markers: GuideMarker[]): GuideLocation {
  return { path, markers };
}

describe('the procedures', () => {
  it('number their steps 1, 2, 3… as the FAQ does: signup 1–12, portfolio 1–5', () => {
    for (const { steps } of GUIDE_PROCEDURES) {
      expect(steps.map((step) => step.number)).toEqual(steps.map((_, index) => index + 1));
    }
    expect(procedure('signup').steps).toHaveLength(12);
    expect(procedure('portfolio').steps).toHaveLength(5);
  });

  it('keep the FAQ’s wording, without the page-break leftover of its step 9', () => {
    const signup = procedure('signup').steps;
    expect(signup[1].text).toBe('Sélectionnez le profil «Tiers mandaté» qui vous est proposé.');
    expect(signup[8].text).not.toContain('2 8.');
    expect(procedure('lost-code').steps.map((step) => step.text)).toEqual([
      'Supprimer le client',
      'L’ajouter de nouveau en cliquant sur Ajouter un client.',
      'Un courrier, contenant un nouveau code qui vous permet d’accéder à son dossier, lui sera envoyé.',
    ]);
  });

  it('use every marker somewhere', () => {
    const used = new Set(GUIDE_PROCEDURES.flatMap(({ steps }) => steps.flatMap((step) => step.markers ?? [])));
    expect(GUIDE_MARKERS.filter((marker) => !used.has(marker))).toEqual([]);
  });
});

describe('pathOf', () => {
  it('drops the query, the fragment and a trailing slash', () => {
    expect(pathOf('/inscription/validation?token=abc')).toBe('/inscription/validation');
    expect(pathOf('/comptes/p1#attribuer')).toBe('/comptes/p1');
    expect(pathOf('/portefeuille/')).toBe('/portefeuille');
    expect(pathOf('/?x=1')).toBe('/');
  });
});

describe('stepsAt', () => {
  it('reads the signup steps from the wizard’s URLs', () => {
    const signup = procedure('signup');
    const urls = [
      '/inscription',
      '/inscription/information',
      '/inscription/siret',
      '/inscription/compte',
      '/inscription/informations-personnelles',
      '/inscription/courriel-envoye',
      '/inscription/validation?token=t',
      '/inscription/mot-de-passe',
      '/inscription/mot-de-passe-enregistre',
    ];
    expect(urls.map((url) => stepsAt(signup, at(pathOf(url))))).toEqual([[2], [3], [4], [5], [6], [7], [8], [9], [10]]);
  });

  it('prefers a literal segment to a parameter, as the router does', () => {
    expect(stepsAt(procedure('transfer'), at('/comptes/transfert'))).toEqual([2]);
    expect(stepsAt(procedure('collaborator'), at('/comptes/transfert'))).toEqual([]);
    expect(stepsAt(procedure('collaborator'), at('/comptes/ajouter'))).toEqual([2]);
    expect(stepsAt(procedure('collaborator'), at('/comptes/p-42'))).toEqual([4]);
  });

  it('matches any page under a `**` pattern, but not its parent', () => {
    const portfolio = procedure('portfolio');
    expect(stepsAt(portfolio, at('/portefeuille/clients/c1/cotisations'))).toEqual([5]);
    expect(stepsAt(portfolio, at('/portefeuille/clients/c1/cotisations/echeancier'))).toEqual([5]);
    expect(stepsAt(portfolio, at('/portefeuille/clients/c1'))).toEqual([]);
  });

  it('gives the markers precedence over the URL', () => {
    const signup = procedure('signup');
    expect(stepsAt(signup, at('/bac-a-sable/courriels/m1'))).toEqual([8, 10]);
    expect(stepsAt(signup, at('/bac-a-sable/courriels/m1', 'signup.password-email'))).toEqual([10]);
    // A marker of another procedure changes nothing here.
    expect(stepsAt(signup, at('/bac-a-sable/courriels/m1', 'accounts.transfer-email'))).toEqual([8, 10]);
  });
});

describe('locateStep', () => {
  const signup = procedure('signup');

  it('moves forward through a page shared by several steps', () => {
    expect(locateStep(signup, at('/bac-a-sable/courriels'), 6)).toBe(7);
    expect(locateStep(signup, at('/bac-a-sable/courriels/m1'), 7)).toBe(8);
    expect(locateStep(signup, at('/bac-a-sable/courriels/m1'), 9)).toBe(10);
    expect(locateStep(signup, at('/bac-a-sable/courriels'), 10)).toBe(10);
  });

  it('takes the first of them without history, the last before the anchor when going back', () => {
    expect(locateStep(signup, at('/bac-a-sable/courriels/m1'), null)).toBe(8);
    expect(locateStep(procedure('portfolio'), at('/bac-a-sable/courriels'), 5)).toBe(4);
  });

  it('is null on a page outside the procedure', () => {
    expect(locateStep(signup, at('/profil'), 4)).toBeNull();
    expect(locateStep(procedure('lost-code'), at('/comptes'), null)).toBeNull();
  });
});

describe('proceduresChosenBy', () => {
  const ids = (path: string) => proceduresChosenBy(path).map(({ id }) => id);

  it('names the procedures whose own pages these are', () => {
    expect(ids('/inscription/siret')).toEqual(['signup']);
    expect(ids('/comptes/transfert')).toEqual(['transfer']);
    expect(ids('/portefeuille/clients/c1/cotisations/paiements')).toEqual(['portfolio']);
    expect(ids('/portefeuille/ajouter')).toEqual(['portfolio', 'lost-code']);
    expect(ids('/comptes')).toEqual(['collaborator', 'transfer']);
  });

  it('leaves out the pages of ordinary use', () => {
    expect(ids('/')).toEqual([]);
    expect(ids('/connexion')).toEqual([]);
    expect(ids('/bac-a-sable/courriels/m1')).toEqual([]);
    expect(ids('/mot-de-passe/changer')).toEqual([]);
  });
});
