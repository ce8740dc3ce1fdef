import { PENDING_TIERS_SPACE, TI_SPACE, aSession } from '../testing/identity-testing';
import { homeUrlOf, landingUrlAfterLogin, safeReturnUrl } from './landing';

describe('landing', () => {
  it('leads home: the password change, the choice of space, the space, the back-office', () => {
    expect(homeUrlOf(aSession({ mustChangePassword: true }))).toBe('/mot-de-passe/changer');
    expect(homeUrlOf(aSession({ spaces: [PENDING_TIERS_SPACE, TI_SPACE], currentSpaceId: null }))).toBe(
      '/espace/choisir',
    );
    expect(homeUrlOf(aSession())).toBe('/espace');
    const conseiller = aSession({ spaces: [], currentSpaceId: null });
    conseiller.person.backofficeRole = 'conseiller';
    expect(homeUrlOf(conseiller)).toBe('/conseiller');
    const formateur = aSession({ spaces: [], currentSpaceId: null });
    formateur.person.backofficeRole = 'formateur';
    expect(homeUrlOf(formateur)).toBe('/bac-a-sable/console');
  });

  it('follows the return URL only once nothing is left to do first', () => {
    expect(landingUrlAfterLogin(aSession(), '/profil')).toBe('/profil');
    expect(landingUrlAfterLogin(aSession({ mustChangePassword: true }), '/profil')).toBe('/mot-de-passe/changer');
    expect(
      landingUrlAfterLogin(aSession({ spaces: [PENDING_TIERS_SPACE, TI_SPACE], currentSpaceId: null }), '/profil'),
    ).toBe('/espace/choisir');
    expect(landingUrlAfterLogin(aSession(), null)).toBe('/espace');
  });

  it('never returns to another site', () => {
    expect(safeReturnUrl('https://evil.example/')).toBeNull();
    expect(safeReturnUrl('//evil.example/')).toBeNull();
    expect(safeReturnUrl('/\\evil.example/')).toBeNull();
    expect(safeReturnUrl('/connexion?retour=/profil')).toBeNull();
    expect(safeReturnUrl('/conseiller')).toBe('/conseiller');
  });
});
