import { TestBed } from '@angular/core/testing';
import { identityRoutes } from '../../identity.routes';
import {
  PortalTest,
  apiError,
  buttonByText,
  errorOf,
  fieldByLabel,
  leave,
  setUpPortalTest,
  textOf,
  typeInto,
} from '../../testing/identity-testing';
import { SignupStore } from '../signup-store';

describe('SiretPage (step 4)', () => {
  let test: PortalTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpPortalTest(identityRoutes);
    TestBed.inject(SignupStore).update({ profile: 'tiers-mandate' });
    page = await test.navigate('/inscription/siret');
  });

  afterEach(() => test.http.verify());

  async function type(value: string): Promise<HTMLInputElement> {
    const siret = fieldByLabel(page, 'SIRET');
    typeInto(siret, value);
    await test.settle();
    return siret;
  }

  it('is the « demande d’adhésion » page, numbered step 4', () => {
    expect(textOf(page.querySelector('h1'))).toBe("Demande d'adhésion aux services en ligne");
    expect(textOf(page.querySelector('pt-page-heading p'))).toBe('Créer votre espace — Étape 4');
  });

  it('shows the checksum message as soon as 14 digits are typed, without any request', async () => {
    const siret = await type('7328293200');
    expect(errorOf(siret)).toBeNull();

    await type('73282932000079');
    expect(errorOf(siret)).toBe("Le SIRET saisi n'est pas valide (clé de contrôle incorrecte).");
    expect(siret.getAttribute('aria-invalid')).toBe('true');

    await type('73282932000074');
    expect(errorOf(siret)).toBeNull();
    test.http.expectNone('/api/signup/check-siret');
  });

  it('shows the length rule once the field is left', async () => {
    const siret = await type('7328');
    leave(siret);
    await test.settle();
    expect(errorOf(siret)).toBe('Le SIRET doit comporter exactement 14 chiffres.');
  });

  it('checks the SIRET with the API on « Suivant », then goes to step 5', async () => {
    await type('732 829 320 00074');
    buttonByText(page, 'Suivant').click();

    const request = await test.nextRequest('/api/signup/check-siret');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ siret: '73282932000074' });
    request.flush({ siret: '73282932000074' });

    await vi.waitFor(() => expect(test.router.url).toBe('/inscription/compte'));
    expect(TestBed.inject(SignupStore).draft().siret).toBe('73282932000074');
  });

  it('does not call the API for an invalid SIRET', async () => {
    const siret = await type('73282932000079');
    buttonByText(page, 'Suivant').click();
    await test.settle();
    test.http.expectNone('/api/signup/check-siret');
    expect(errorOf(siret)).toContain('clé de contrôle incorrecte');
  });

  it('shows the 409 at the field, with a way to sign in or recover the password', async () => {
    const siret = await type('73282932000074');
    buttonByText(page, 'Suivant').click();
    (await test.nextRequest('/api/signup/check-siret')).flush(
      ...apiError(409, 'Ce SIRET est déjà enregistré : votre cabinet a déjà un espace.'),
    );
    await test.settle();

    expect(errorOf(siret)).toBe('Ce SIRET est déjà enregistré : votre cabinet a déjà un espace.');
    const links = Array.from(page.querySelectorAll<HTMLAnchorElement>('.way-forward a'), (a) => [
      textOf(a),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Se connecter', '/connexion'],
      ['Mot de passe oublié ?', '/mot-de-passe-oublie'],
    ]);
    expect(test.router.url).toBe('/inscription/siret');

    // Editing the SIRET takes the API's sentence away.
    await type('12345678200010');
    expect(errorOf(siret)).toBeNull();
    expect(page.querySelector('.way-forward')).toBeNull();
  });

  it('shows the 400 at the field', async () => {
    const siret = await type('73282932000074');
    buttonByText(page, 'Suivant').click();
    (await test.nextRequest('/api/signup/check-siret')).flush(
      ...apiError(400, 'Le SIRET est invalide.', { errors: [{ field: 'siret', message: 'Ce SIRET est fermé.' }] }),
    );
    await test.settle();
    expect(errorOf(siret)).toBe('Ce SIRET est fermé.');
    expect(page.querySelector('.way-forward')).toBeNull();
  });

  it('announces an unreachable service in the alert region', async () => {
    await type('73282932000074');
    buttonByText(page, 'Suivant').click();
    (await test.nextRequest('/api/signup/check-siret')).error(new ProgressEvent('error'), { status: 0 });
    await test.settle();
    expect(textOf(page.querySelector('[role="alert"]'))).toBe(
      'Le service est indisponible pour le moment. Réessayez dans un instant.',
    );
  });
});
