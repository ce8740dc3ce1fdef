import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { identityRoutes } from '../../identity.routes';
import {
  PortalTest,
  apiError,
  buttonByText,
  fieldByLabel,
  setUpPortalTest,
  textOf,
  typeInto,
} from '../../testing/identity-testing';

describe('ValidationPage (step 8)', () => {
  let test: PortalTest;

  beforeEach(async () => {
    test = await setUpPortalTest(identityRoutes);
  });

  afterEach(() => test.http.verify());

  it('validates the link’s token and opens step 9, the password token out of the URL', async () => {
    await test.navigate('/inscription/validation?token=abc');
    const request = await test.nextRequest('/api/signup/validate-email');
    expect(request.request.body).toEqual({ token: 'abc' });
    request.flush({ email: 'claire@cabinet-martin.fr', passwordToken: 'secret-pw-token' });

    await vi.waitFor(() => expect(test.router.url).toBe('/inscription/mot-de-passe'));
    expect(test.router.url).not.toContain('secret-pw-token');
    expect(TestBed.inject(Location).getState()).toMatchObject({ passwordToken: 'secret-pw-token' });
    await test.settle();
    const page = test.harness.routeNativeElement as HTMLElement;
    expect(textOf(page.querySelector('.lead'))).toBe('Votre adresse courriel claire@cabinet-martin.fr est validée.');
  });

  it('explains a refused link and sends a new validation e-mail', async () => {
    const page = await test.navigate('/inscription/validation?token=old');
    (await test.nextRequest('/api/signup/validate-email')).flush(
      ...apiError(410, 'Ce lien de validation a expiré.', { reason: 'expired' }),
    );
    await test.settle();

    expect(textOf(page.querySelector('[role="alert"]'))).toContain('Ce lien de validation a expiré.');
    expect(page.querySelector('a[href="/connexion"]')).not.toBeNull();

    typeInto(fieldByLabel(page, 'Adresse courriel'), 'claire@cabinet-martin.fr');
    await test.settle();
    buttonByText(page, 'Renvoyer le courriel de validation').click();
    const resend = await test.nextRequest('/api/signup/resend');
    expect(resend.request.body).toEqual({ email: 'claire@cabinet-martin.fr' });
    resend.flush(null, { status: 202, statusText: 'Accepted' });
    await test.settle();
    expect(textOf(page.querySelector('pt-resend-validation-form [role="status"]'))).toContain(
      'un nouveau courriel de validation vient de lui être envoyé',
    );
  });

  it('refuses a link without token without calling the API', async () => {
    const page = await test.navigate('/inscription/validation');
    await test.settle();
    test.http.expectNone('/api/signup/validate-email');
    expect(textOf(page.querySelector('[role="alert"]'))).toContain("Ce lien de validation n'est pas valide.");
  });
});
