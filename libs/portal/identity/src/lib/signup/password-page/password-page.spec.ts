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
import { SignupStore } from '../signup-store';

describe('PasswordPage (step 9)', () => {
  let test: PortalTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpPortalTest(identityRoutes);
  });

  afterEach(() => test.http.verify());

  async function open(): Promise<void> {
    TestBed.inject(SignupStore).emailValidated({ email: 'claire@cabinet-martin.fr', passwordToken: 'pw-token' });
    page = await test.navigate('/inscription/mot-de-passe');
  }

  function criteria(): string[] {
    return Array.from(page.querySelectorAll('pt-password-criteria li'), (item) => {
      const [mark, label, state] = Array.from(item.children);
      return `${textOf(mark)} ${textOf(label)}${state.textContent}`;
    });
  }

  async function type(label: string, value: string): Promise<void> {
    typeInto(fieldByLabel(page, label), value);
    await test.settle();
  }

  const submit = () => buttonByText(page, 'Enregistrer mon mot de passe');

  it('ticks the criteria as the password is typed', async () => {
    await open();
    expect(criteria()).toEqual([
      '✗ Exactement 8 caractères : non respecté',
      '✗ Au moins 1 lettre : non respecté',
      '✗ Au moins 1 chiffre : non respecté',
      '✓ Sans caractères spéciaux : respecté',
    ]);
    expect(page.querySelector('pt-password-criteria ul')?.getAttribute('aria-live')).toBe('polite');

    await type('Mot de passe', 'abc1');
    expect(criteria()).toEqual([
      '✗ Exactement 8 caractères : non respecté',
      '✓ Au moins 1 lettre : respecté',
      '✓ Au moins 1 chiffre : respecté',
      '✓ Sans caractères spéciaux : respecté',
    ]);

    await type('Mot de passe', 'abc1é678');
    expect(criteria()[0]).toBe('✓ Exactement 8 caractères : respecté');
    expect(criteria()[3]).toBe('✗ Sans caractères spéciaux : non respecté');
  });

  it('enables the submit only for a valid password confirmed identically', async () => {
    await open();
    expect(submit().disabled).toBe(true);

    await type('Mot de passe', 'abcdefgh');
    await type('Confirmation du mot de passe', 'abcdefgh');
    expect(submit().disabled).toBe(true);

    await type('Mot de passe', 'abcd1234');
    expect(submit().disabled).toBe(true);

    await type('Confirmation du mot de passe', 'abcd1234');
    expect(submit().disabled).toBe(false);

    await type('Confirmation du mot de passe', 'abcd1235');
    expect(submit().disabled).toBe(true);
  });

  it('saves the password with the token of step 8, then says it is provisional', async () => {
    await open();
    await type('Mot de passe', 'abcd1234');
    await type('Confirmation du mot de passe', 'abcd1234');
    submit().click();

    const request = await test.nextRequest('/api/signup/password');
    expect(request.request.body).toEqual({ token: 'pw-token', password: 'abcd1234' });
    request.flush(null, { status: 204, statusText: 'No Content' });

    await vi.waitFor(() => expect(test.router.url).toBe('/inscription/mot-de-passe-enregistre'));
    await test.settle();
    const saved = test.harness.routeNativeElement as HTMLElement;
    expect(textOf(saved.querySelector('pt-notice'))).toBe(
      'Votre mot de passe provisoire a été enregistré. Un courriel vous a été envoyé : vous devrez le changer dès la première connexion.',
    );
    expect(saved.querySelector('a[href="/connexion"]')?.textContent?.trim()).toBe('Se connecter');
  });

  it('explains an expired token and offers a new validation e-mail', async () => {
    await open();
    await type('Mot de passe', 'abcd1234');
    await type('Confirmation du mot de passe', 'abcd1234');
    submit().click();
    (await test.nextRequest('/api/signup/password')).flush(
      ...apiError(410, 'Ce lien a expiré.', { reason: 'expired' }),
    );
    await test.settle();

    expect(textOf(page.querySelector('[role="alert"]'))).toContain('Ce lien a expiré.');
    expect(fieldByLabel(page, 'Adresse courriel').value).toBe('claire@cabinet-martin.fr');
    expect(buttonByText(page, 'Renvoyer le courriel de validation')).toBeDefined();
  });

  it('without a token, asks to open the link again', async () => {
    page = await test.navigate('/inscription/mot-de-passe');
    expect(page.textContent).toContain("Cette page s'ouvre depuis le lien « Valider mon adresse courriel »");
    expect(page.querySelector('pt-new-password-fields')).toBeNull();
  });
});
