import { identityRoutes } from '../identity.routes';
import {
  PENDING_TIERS_SPACE,
  PortalTest,
  TI_SPACE,
  aSession,
  apiError,
  buttonByText,
  errorOf,
  fieldByLabel,
  leave,
  setUpPortalTest,
  textOf,
  typeInto,
} from '../testing/identity-testing';

describe('LoginPage', () => {
  let test: PortalTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpPortalTest(identityRoutes);
    page = await test.navigate('/connexion');
  });

  afterEach(() => test.http.verify());

  async function fill(identifier: string, password = 'abcd1234'): Promise<void> {
    typeInto(fieldByLabel(page, 'Identifiant'), identifier);
    typeInto(fieldByLabel(page, 'Mot de passe'), password);
    await test.settle();
  }

  async function submit(): Promise<void> {
    buttonByText(page, 'Se connecter').click();
    await test.settle();
  }

  it('gives the hint of the identifier, and the links of the page', () => {
    const hint = textOf(fieldByLabel(page, 'Identifiant').closest('mat-form-field')?.querySelector('mat-hint'));
    expect(hint).toBe(
      'Adresse courriel ou SIRET ; pour un travailleur indépendant, numéro de sécurité sociale sans la clé (13 caractères)',
    );
    const hrefs = new Map(Array.from(page.querySelectorAll('a'), (a) => [textOf(a), a.getAttribute('href')]));
    expect(hrefs.get('Mot de passe oublié ?')).toBe('/mot-de-passe-oublie');
    expect(hrefs.get('Créer votre espace')).toBe('/inscription');
  });

  it('names the password input, so that password managers recognise it', () => {
    expect(fieldByLabel(page, 'Mot de passe').getAttribute('name')).toBe('password');
  });

  it('explains a NIR typed with its key, without calling the API', async () => {
    await fill('2 95 10 99 126 111 93');
    await submit();
    expect(errorOf(fieldByLabel(page, 'Identifiant'))).toBe(
      "Votre identifiant est votre numéro de sécurité sociale sans la clé, composé de 13 caractères. La clé à 2 caractères ne fait pas partie de l'identifiant.",
    );
    test.http.expectNone('/api/auth/login');
  });

  it('explains the old 8-digit identifier as soon as the field is left', async () => {
    const identifier = fieldByLabel(page, 'Identifiant');
    typeInto(identifier, '12345678');
    leave(identifier);
    await test.settle();
    expect(errorOf(identifier)).toBe(
      "Vous ne pouvez plus vous connecter avec l'identifiant à 8 chiffres de secu-independants.fr. Utilisez votre adresse courriel ou votre SIRET.",
    );
    await submit();
    test.http.expectNone('/api/auth/login');
  });

  it('shows the API’s 401 in the alert region', async () => {
    await fill('claire@cabinet-martin.fr', 'wrong123');
    await submit();
    const request = await test.nextRequest('/api/auth/login');
    expect(request.request.body).toEqual({ identifier: 'claire@cabinet-martin.fr', password: 'wrong123' });
    request.flush(...apiError(401, 'Identifiant ou mot de passe incorrect.'));
    await test.settle();

    expect(textOf(page.querySelector('[role="alert"]'))).toBe('Identifiant ou mot de passe incorrect.');
    expect(test.router.url).toBe('/connexion');
  });

  it('sends a provisional password to « Modifier mon mot de passe »', async () => {
    await fill('732 829 320 00074', 'Prov1234');
    await submit();
    const request = await test.nextRequest('/api/auth/login');
    expect(request.request.body.identifier).toBe('73282932000074');
    request.flush(aSession({ mustChangePassword: true }));

    await vi.waitFor(() => expect(test.router.url).toBe('/mot-de-passe/changer'));
  });

  it('asks a person with several spaces to choose one', async () => {
    await fill('claire@cabinet-martin.fr');
    await submit();
    (await test.nextRequest('/api/auth/login')).flush(
      aSession({ spaces: [PENDING_TIERS_SPACE, TI_SPACE], currentSpaceId: null }),
    );
    await vi.waitFor(() => expect(test.router.url).toBe('/espace/choisir'));
  });

  it('goes back to the page that asked for the login', async () => {
    page = await test.navigate('/connexion?retour=%2Fprofil');
    await fill('claire@cabinet-martin.fr');
    await submit();
    (await test.nextRequest('/api/auth/login')).flush(aSession());
    await vi.waitFor(() => expect(test.router.url).toBe('/profil'));
  });
});
