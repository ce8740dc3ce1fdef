import type { ActivationInvitation } from '@portail/domain';
import {
  type AccountsTest,
  apiError,
  buttonByText,
  fieldByLabel,
  linkByText,
  setUpAccountsTest,
  textOf,
  typeInto,
} from '../testing/accounts-testing';

const INVITATION: ActivationInvitation = {
  firstName: 'Paul',
  lastName: 'Durand',
  email: 'paul.durand@cabinet-martin.fr',
  firmName: 'Cabinet Martin',
  role: 'collaborateur',
};

const EXPIRED = 'Ce lien d’activation a expiré : demandez un nouveau lien à l’administrateur de votre cabinet.';

describe('ActivationPage', () => {
  let test: AccountsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpAccountsTest();
  });

  afterEach(() => test.http.verify());

  async function open(answer: (request: Awaited<ReturnType<AccountsTest['nextRequest']>>) => void): Promise<void> {
    page = await test.navigate('/activation?jeton=activation-1');
    const check = await test.nextRequest('/api/activation/check', 'POST');
    expect(check.request.body).toEqual({ token: 'activation-1' });
    answer(check);
    await test.settle();
  }

  function submitButton(): HTMLButtonElement {
    return buttonByText(page, 'Activer mon compte');
  }

  it('checks the link, then asks for a password with the 8-character rule shown live', async () => {
    await open((check) => check.flush(INVITATION));
    expect(textOf(page.querySelector('h1'))).toBe('Activez votre compte');
    expect(textOf(page.querySelector('.lead'))).toBe(
      'Bonjour Paul Durand, l’administrateur de Cabinet Martin vous a créé un compte collaborateur. Choisissez votre mot de passe pour l’activer ; vous vous connecterez ensuite avec votre adresse courriel paul.durand@cabinet-martin.fr.',
    );

    typeInto(fieldByLabel(page, 'Mot de passe'), 'abc');
    await test.settle();
    const unmet = Array.from(page.querySelectorAll('.criterion:not(.criterion--met)'), textOf);
    expect(unmet.length).toBeGreaterThan(0);
    expect(submitButton().disabled).toBe(true);

    typeInto(fieldByLabel(page, 'Mot de passe'), 'Abcd1234');
    typeInto(fieldByLabel(page, 'Confirmation du mot de passe'), 'Abcd1234');
    await test.settle();
    expect(page.querySelectorAll('.criterion:not(.criterion--met)')).toHaveLength(0);
    expect(submitButton().disabled).toBe(false);
  });

  it('activates the account and offers to sign in', async () => {
    await open((check) => check.flush(INVITATION));
    typeInto(fieldByLabel(page, 'Mot de passe'), 'Abcd1234');
    typeInto(fieldByLabel(page, 'Confirmation du mot de passe'), 'Abcd1234');
    await test.settle();
    submitButton().click();

    const request = await test.nextRequest('/api/activation', 'POST');
    expect(request.request.body).toEqual({ token: 'activation-1', password: 'Abcd1234' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await test.settle();

    expect(textOf(page.querySelector('h1'))).toBe('Votre compte est activé');
    expect(linkByText(page, 'Se connecter').getAttribute('href')).toBe('/connexion');
  });

  it('says why an expired link is refused, without a form', async () => {
    await open((check) => check.flush(...apiError(410, EXPIRED, { reason: 'expired' })));
    const notice = page.querySelector('pt-notice[role="alert"]');
    expect(textOf(notice?.querySelector('.notice__heading'))).toBe("Votre compte n'a pas pu être activé");
    expect(textOf(notice?.querySelector('p:not(.notice__heading)'))).toBe(EXPIRED);
    expect(page.querySelector('form')).toBeNull();
  });

  it('says so when the link expires while the password is typed', async () => {
    await open((check) => check.flush(INVITATION));
    typeInto(fieldByLabel(page, 'Mot de passe'), 'Abcd1234');
    typeInto(fieldByLabel(page, 'Confirmation du mot de passe'), 'Abcd1234');
    await test.settle();
    submitButton().click();
    (await test.nextRequest('/api/activation', 'POST')).flush(...apiError(410, EXPIRED, { reason: 'expired' }));
    await test.settle();
    expect(textOf(page.querySelector('pt-notice[role="alert"] p:not(.notice__heading)'))).toBe(EXPIRED);
    expect(page.querySelector('form')).toBeNull();
  });

  it('puts the API’s password refusal under the field', async () => {
    await open((check) => check.flush(INVITATION));
    typeInto(fieldByLabel(page, 'Mot de passe'), 'Abcd1234');
    typeInto(fieldByLabel(page, 'Confirmation du mot de passe'), 'Abcd1234');
    await test.settle();
    submitButton().click();
    (await test.nextRequest('/api/activation', 'POST')).flush(
      ...apiError(400, 'Mot de passe refusé.', {
        errors: [{ field: 'password', message: 'Ce mot de passe est trop courant.' }],
      }),
    );
    await test.settle();
    expect(textOf(page.querySelector('[role="alert"] pt-notice'))).toBe('Ce mot de passe est trop courant.');
  });

  it('refuses a link without its token, without asking the API', async () => {
    page = await test.navigate('/activation');
    await test.settle();
    test.http.expectNone('/api/activation/check');
    expect(textOf(page.querySelector('pt-notice[role="alert"]'))).toContain("Ce lien d'activation n'est pas complet");
  });
});
