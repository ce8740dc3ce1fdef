import { TestBed } from '@angular/core/testing';
import { TIERS_DECLARANT_NOTICE } from '@portail/domain';
import { identityRoutes } from '../identity.routes';
import {
  PortalTest,
  apiError,
  errorOf,
  fieldByLabel,
  setUpPortalTest,
  textOf,
  typeInto,
} from '../testing/identity-testing';
import { SignupStore } from './signup-store';

/** Steps 2 to 7 of the FAQ, screen after screen, and « Précédent ». */
describe('Signup wizard', () => {
  let test: PortalTest;

  beforeEach(async () => {
    test = await setUpPortalTest(identityRoutes);
  });

  afterEach(() => test.http.verify());

  const page = () => test.harness.routeNativeElement as HTMLElement;
  const caption = () => textOf(page().querySelector('pt-page-heading p'));

  async function click(text: string): Promise<void> {
    const target =
      Array.from(page().querySelectorAll<HTMLElement>('button, a')).find((element) => textOf(element) === text) ?? null;
    if (!target) {
      throw new Error(`Nothing to click named « ${text} »`);
    }
    target.click();
    await test.settle();
  }

  function check(label: string): void {
    const radio = Array.from(page().querySelectorAll<HTMLInputElement>('input[type="radio"]')).find((input) =>
      textOf(input.closest('label, mat-radio-button')).includes(label),
    );
    if (!radio) {
      throw new Error(`No choice « ${label} »`);
    }
    radio.click();
  }

  async function type(label: string, value: string): Promise<void> {
    typeInto(fieldByLabel(page(), label), value);
    await test.settle();
  }

  /** Steps 2 to 5, filled in. */
  async function reachPersonalStep(): Promise<void> {
    await test.navigate('/inscription');
    check('Tiers mandaté');
    await click('Suivant');
    await click('Continuer');
    await type('SIRET', '73282932000074');
    await click('Suivant');
    (await test.nextRequest('/api/signup/check-siret')).flush({ siret: '73282932000074' });
    await vi.waitFor(() => expect(test.router.url).toBe('/inscription/compte'));
    await test.settle();
    check('Expert-comptable');
    await type('Adresse courriel', 'claire.martin@Cabinet-Martin.fr');
    await type("Confirmation de l'adresse courriel", 'claire.martin@cabinet-martin.fr');
    await click('Suivant');
    expect(test.router.url).toBe('/inscription/informations-personnelles');
  }

  async function fillPersonalStep(): Promise<void> {
    check('Madame');
    await type('Nom', 'Martin');
    await type('Prénom', 'Claire');
    await type('Raison sociale du cabinet', 'Cabinet Martin');
  }

  it('step 2 offers « Tiers mandaté » only; the other profiles are shown as unavailable', async () => {
    await test.navigate('/inscription');
    await test.settle();
    expect(caption()).toBe('Créer votre espace — Étape 2');
    const cards = Array.from(page().querySelectorAll('.profile-card'));
    expect(cards.map((card) => textOf(card.querySelector('.profile-card__title')))).toEqual([
      'Tiers mandaté',
      'Travailleur indépendant',
      'Employeur',
      'Praticien et auxiliaire médical',
    ]);
    expect(cards.slice(1).every((card) => card.querySelector('input')?.disabled)).toBe(true);
    expect(textOf(cards[1].querySelector('.profile-card__note'))).toBe('non disponible dans cette simulation');

    await click('Suivant');
    expect(textOf(page().querySelector('[role="alert"]'))).toBe(
      'Sélectionnez le profil « Tiers mandaté » pour continuer.',
    );
    expect(test.router.url).toBe('/inscription');
  });

  it('step 3 shows the Tiers déclarant notice verbatim, then step 4', async () => {
    await test.navigate('/inscription');
    check('Tiers mandaté');
    await click('Suivant');
    expect(test.router.url).toBe('/inscription/information');
    expect(caption()).toBe('Créer votre espace — Étape 3');
    expect(textOf(page().querySelector('pt-notice p:last-child'))).toBe(TIERS_DECLARANT_NOTICE);
    await click('Continuer');
    expect(test.router.url).toBe('/inscription/siret');
  });

  it('opens no screen before its turn', async () => {
    await test.navigate('/inscription/informations-personnelles');
    expect(test.router.url).toBe('/inscription');
  });

  it('step 5 checks the category and the confirmation of the address', async () => {
    TestBed.inject(SignupStore).update({ profile: 'tiers-mandate', siret: '73282932000074' });
    await test.navigate('/inscription/compte');
    await test.settle();
    expect(caption()).toBe('Créer votre espace — Étape 5');
    expect(Array.from(page().querySelectorAll('mat-radio-button'), (radio) => textOf(radio))).toEqual([
      'Expert-comptable',
      'Association de gestion et de comptabilité (AGC)',
      'Autre tiers déclarant',
    ]);

    await type('Adresse courriel', 'claire@cabinet-martin.fr');
    await type("Confirmation de l'adresse courriel", 'claire@cabinet-martin.com');
    await click('Suivant');
    expect(test.router.url).toBe('/inscription/compte');
    expect(textOf(page().querySelector('#categorie-erreur'))).toBe('Choisissez votre catégorie de compte.');
    expect(errorOf(fieldByLabel(page(), "Confirmation de l'adresse courriel"))).toBe(
      'Les deux adresses courriel saisies ne sont pas identiques.',
    );
  });

  it('submits steps 4 to 6 together, then says where the validation e-mail went (step 7)', async () => {
    await reachPersonalStep();
    expect(caption()).toBe('Créer votre espace — Étape 6');
    expect(page().textContent).toContain("Les champs suivis d'un astérisque (*) sont obligatoires.");
    await fillPersonalStep();
    await click('Suivant');

    const request = await test.nextRequest('/api/signup');
    expect(request.request.body).toEqual({
      profile: 'tiers-mandate',
      siret: '73282932000074',
      category: 'expert-comptable',
      email: 'claire.martin@cabinet-martin.fr',
      civility: 'Mme',
      lastName: 'Martin',
      firstName: 'Claire',
      companyName: 'Cabinet Martin',
    });
    request.flush({ email: 'claire.martin@cabinet-martin.fr' }, { status: 201, statusText: 'Created' });

    await vi.waitFor(() => expect(test.router.url).toBe('/inscription/courriel-envoye'));
    await test.settle();
    expect(caption()).toBe('Créer votre espace — Étape 7');
    expect(textOf(page().querySelector('pt-notice'))).toBe(
      "Un courriel de validation vous a été envoyé à l'adresse claire.martin@cabinet-martin.fr.",
    );
    const mailbox = page().querySelector<HTMLAnchorElement>('pt-sandbox-mailbox-hint a');
    expect(mailbox?.getAttribute('href')).toBe('/bac-a-sable/courriels?destinataire=claire.martin@cabinet-martin.fr');

    await click('Renvoyer le courriel de validation');
    const resend = await test.nextRequest('/api/signup/resend');
    expect(resend.request.body).toEqual({ email: 'claire.martin@cabinet-martin.fr' });
    resend.flush(null, { status: 202, statusText: 'Accepted' });
    await test.settle();
    expect(textOf(page().querySelector('[role="status"]'))).toContain(
      'Un nouveau courriel de validation vous a été envoyé',
    );
  });

  it('keeps what was typed when going back with « Précédent »', async () => {
    await reachPersonalStep();
    await type('Nom', 'Martin');
    await click('Précédent');
    expect(test.router.url).toBe('/inscription/compte');
    expect(fieldByLabel(page(), 'Adresse courriel').value).toBe('claire.martin@cabinet-martin.fr');
    await click('Suivant');
    expect(fieldByLabel(page(), 'Nom').value).toBe('Martin');
  });

  it('takes a 409 on the SIRET back to step 4, at the field, with a way forward', async () => {
    await reachPersonalStep();
    await fillPersonalStep();
    await click('Suivant');
    (await test.nextRequest('/api/signup')).flush(
      ...apiError(409, 'Ce SIRET est déjà enregistré.', {
        errors: [{ field: 'siret', message: 'Ce SIRET est déjà enregistré.' }],
      }),
    );
    await vi.waitFor(() => expect(test.router.url).toBe('/inscription/siret'));
    await test.settle();
    expect(errorOf(fieldByLabel(page(), 'SIRET'))).toBe('Ce SIRET est déjà enregistré.');
    expect(page().querySelector('.way-forward a[href="/connexion"]')).not.toBeNull();
  });

  it('takes a 409 on the address back to step 5, even without the field named', async () => {
    await reachPersonalStep();
    await fillPersonalStep();
    await click('Suivant');
    (await test.nextRequest('/api/signup')).flush(
      ...apiError(409, 'Cette adresse courriel est déjà utilisée par un compte.'),
    );
    await vi.waitFor(() => expect(test.router.url).toBe('/inscription/compte'));
    await test.settle();
    expect(errorOf(fieldByLabel(page(), 'Adresse courriel'))).toBe(
      'Cette adresse courriel est déjà utilisée par un compte.',
    );
    expect(page().querySelector('.way-forward a[href="/mot-de-passe-oublie"]')).not.toBeNull();
  });

  it('shows a 400 on a field of step 6 at that field', async () => {
    await reachPersonalStep();
    await fillPersonalStep();
    await type('Téléphone (facultatif)', '06 abc');
    await click('Suivant');
    const request = await test.nextRequest('/api/signup');
    expect(request.request.body.phone).toBe('06 abc');
    request.flush(
      ...apiError(400, 'Le téléphone est invalide.', {
        errors: [
          { field: 'phone', message: 'Le téléphone ne peut contenir que des chiffres, des espaces et des points.' },
        ],
      }),
    );
    await test.settle();
    expect(test.router.url).toBe('/inscription/informations-personnelles');
    expect(errorOf(fieldByLabel(page(), 'Téléphone (facultatif)'))).toBe(
      'Le téléphone ne peut contenir que des chiffres, des espaces et des points.',
    );
  });
});
