import { identityRoutes } from '../identity.routes';
import {
  PortalTest,
  apiError,
  buttonByText,
  errorOf,
  fieldByLabel,
  setUpPortalTest,
  textOf,
  typeInto,
} from '../testing/identity-testing';

describe('Forgotten password', () => {
  let test: PortalTest;

  beforeEach(async () => {
    test = await setUpPortalTest(identityRoutes);
  });

  afterEach(() => test.http.verify());

  it('asks the address, then always gives the same answer', async () => {
    const page = await test.navigate('/mot-de-passe-oublie');
    typeInto(fieldByLabel(page, 'Adresse courriel'), 'claire@');
    buttonByText(page, 'Envoyer').click();
    await test.settle();
    expect(errorOf(fieldByLabel(page, 'Adresse courriel'))).toContain('domaine valide');
    test.http.expectNone('/api/auth/password-reset/request');

    typeInto(fieldByLabel(page, 'Adresse courriel'), ' claire@Cabinet-Martin.fr ');
    buttonByText(page, 'Envoyer').click();
    const request = await test.nextRequest('/api/auth/password-reset/request');
    expect(request.request.body).toEqual({ email: 'claire@cabinet-martin.fr' });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await test.settle();
    expect(textOf(page.querySelector('[role="status"]'))).toBe(
      'Si un compte correspond à cette adresse, un courriel vous a été envoyé.',
    );
  });

  it('sets the new password of the link, with the live criteria', async () => {
    const page = await test.navigate('/mot-de-passe/reinitialiser?token=reset-1');
    const submit = () => buttonByText(page, 'Enregistrer');
    expect(submit().disabled).toBe(true);
    typeInto(fieldByLabel(page, 'Nouveau mot de passe'), 'Neuf5678');
    typeInto(fieldByLabel(page, 'Confirmation du mot de passe'), 'Neuf5678');
    await test.settle();
    expect(submit().disabled).toBe(false);

    submit().click();
    const request = await test.nextRequest('/api/auth/password-reset');
    expect(request.request.body).toEqual({ token: 'reset-1', newPassword: 'Neuf5678' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await test.settle();
    expect(textOf(page.querySelector('[role="status"]'))).toContain('Votre mot de passe a été modifié.');
    expect(page.querySelector('a[href="/connexion"]')).not.toBeNull();
  });

  it('explains a used reset link and offers a new request', async () => {
    const page = await test.navigate('/mot-de-passe/reinitialiser?token=used');
    typeInto(fieldByLabel(page, 'Nouveau mot de passe'), 'Neuf5678');
    typeInto(fieldByLabel(page, 'Confirmation du mot de passe'), 'Neuf5678');
    await test.settle();
    buttonByText(page, 'Enregistrer').click();
    (await test.nextRequest('/api/auth/password-reset')).flush(
      ...apiError(410, 'Ce lien a déjà été utilisé.', { reason: 'used' }),
    );
    await test.settle();
    expect(textOf(page.querySelector('[role="alert"]'))).toContain('Ce lien a déjà été utilisé.');
    expect(page.querySelector('a[href="/mot-de-passe-oublie"]')?.textContent?.trim()).toBe(
      'Faire une nouvelle demande',
    );
  });
});
