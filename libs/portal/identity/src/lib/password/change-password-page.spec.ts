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
  setUpPortalTest,
  textOf,
  typeInto,
} from '../testing/identity-testing';

describe('ChangePasswordPage', () => {
  let test: PortalTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpPortalTest(identityRoutes);
  });

  afterEach(() => test.http.verify());

  async function open(provisional = true): Promise<void> {
    await test.signIn(aSession({ mustChangePassword: provisional }));
    page = await test.navigate('/mot-de-passe/changer');
  }

  async function fill(current: string, next: string, confirmation = next): Promise<void> {
    typeInto(fieldByLabel(page, 'Mot de passe provisoire'), current);
    typeInto(fieldByLabel(page, 'Nouveau mot de passe'), next);
    typeInto(fieldByLabel(page, 'Confirmation du mot de passe'), confirmation);
    await test.settle();
  }

  function dialog(): HTMLElement | null {
    return document.querySelector('mat-dialog-container');
  }

  it('asks to change a provisional password, with the live criteria', async () => {
    await open();
    expect(textOf(page.querySelector('h1'))).toBe('Modifier mon mot de passe');
    expect(textOf(page.querySelector('pt-notice'))).toContain('mot de passe provisoire');
    expect(page.querySelectorAll('pt-password-criteria li')).toHaveLength(4);
    expect(buttonByText(page, 'Enregistrer').disabled).toBe(true);

    await fill('Prov1234', 'Neuf5678', 'Neuf567');
    expect(buttonByText(page, 'Enregistrer').disabled).toBe(true);
  });

  it('opens the confirmation pop-in, whose « Fermer » leads to the space home', async () => {
    await open();
    await fill('Prov1234', 'Neuf5678');
    buttonByText(page, 'Enregistrer').click();

    const request = await test.nextRequest('/api/auth/password');
    expect(request.request.body).toEqual({ currentPassword: 'Prov1234', newPassword: 'Neuf5678' });
    request.flush(aSession());
    await test.settle();

    expect(textOf(dialog()?.querySelector('h2'))).toBe('Mot de passe modifié');
    expect(textOf(dialog()?.querySelector('mat-dialog-content'))).toBe('Votre mot de passe a bien été modifié.');
    const buttons = Array.from(dialog()?.querySelectorAll('button') ?? []);
    expect(buttons.map((button) => textOf(button))).toEqual(['Fermer']);
    expect(test.router.url).toBe('/mot-de-passe/changer');

    buttons[0].click();
    (await test.nextRequest('/api/spaces/current')).flush({ space: PENDING_TIERS_SPACE, portfolioAvailable: false });
    await vi.waitFor(() => expect(test.router.url).toBe('/espace'));
    await vi.waitFor(() => expect(dialog()).toBeNull());
  });

  it('leads to the choice of space when there are several and none is chosen', async () => {
    await open();
    await fill('Prov1234', 'Neuf5678');
    buttonByText(page, 'Enregistrer').click();
    (await test.nextRequest('/api/auth/password')).flush(
      aSession({ spaces: [PENDING_TIERS_SPACE, TI_SPACE], currentSpaceId: null }),
    );
    await test.settle();
    buttonByText(document, 'Fermer').click();
    await vi.waitFor(() => expect(test.router.url).toBe('/espace/choisir'));
  });

  it('shows a wrong current password at its field', async () => {
    await open();
    await fill('Faux1234', 'Neuf5678');
    buttonByText(page, 'Enregistrer').click();
    (await test.nextRequest('/api/auth/password')).flush(
      ...apiError(400, 'Le mot de passe actuel est incorrect.', {
        errors: [{ field: 'currentPassword', message: 'Le mot de passe actuel est incorrect.' }],
      }),
    );
    await test.settle();
    expect(errorOf(fieldByLabel(page, 'Mot de passe provisoire'))).toBe('Le mot de passe actuel est incorrect.');
    expect(textOf(page.querySelector('[role="alert"]'))).toBe('Le mot de passe actuel est incorrect.');
    expect(dialog()).toBeNull();
  });

  it('offers to cancel when reached from the profile', async () => {
    await open(false);
    expect(fieldByLabel(page, 'Mot de passe actuel')).toBeDefined();
    expect(page.querySelector('a[href="/profil"]')?.textContent?.trim()).toBe('Annuler');
    expect(page.querySelector('pt-notice')).toBeNull();
  });
});
