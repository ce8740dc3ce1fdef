import {
  type AccountsTest,
  aCollaborator,
  apiError,
  buttonByText,
  checkboxByLabel,
  chooseRadio,
  errorOf,
  fieldByLabel,
  linkByText,
  setUpAccountsTest,
  textOf,
  typeInto,
} from '../testing/accounts-testing';

describe('AddAccountPage', () => {
  let test: AccountsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpAccountsTest();
    page = await test.navigate('/comptes/ajouter');
    await test.settle();
  });

  afterEach(() => test.http.verify());

  async function fillPerson(): Promise<void> {
    chooseRadio(page, 'Monsieur');
    typeInto(fieldByLabel(page, 'Prénom'), ' Paul ');
    typeInto(fieldByLabel(page, 'Nom'), 'Durand');
    typeInto(fieldByLabel(page, 'Adresse courriel'), 'paul.durand@Cabinet-Martin.fr');
    await test.settle();
  }

  async function submit(): Promise<void> {
    buttonByText(page, 'Ajouter le compte').click();
    await test.settle();
  }

  it('asks for at least one right for a collaborator, each right with what it opens', async () => {
    expect(textOf(page.querySelector('h1'))).toBe('Ajouter un compte');
    expect(textOf(checkboxByLabel(page, 'Paiement').closest('.right'))).toBe(
      'Paiement Payer par carte ou télépaiement, signer un mandat de prélèvement',
    );
    await fillPerson();
    await submit();

    test.http.expectNone('/api/firm/accounts');
    expect(textOf(page.querySelector('#droits-erreur'))).toBe(
      'Cochez au moins un droit à confier à votre collaborateur.',
    );
    expect(document.activeElement).toBe(checkboxByLabel(page, 'Gestion du portefeuille'));
  });

  it('asks for every field', async () => {
    checkboxByLabel(page, 'Messagerie').click();
    await submit();
    expect(errorOf(fieldByLabel(page, 'Prénom'))).toBe('Le prénom est obligatoire.');
    expect(errorOf(fieldByLabel(page, 'Nom'))).toBe('Le nom est obligatoire.');
    expect(textOf(page.querySelector('#civilite-erreur'))).toBe('Indiquez la civilité.');
    test.http.expectNone('/api/firm/accounts');
  });

  it('creates a collaborator, says the activation e-mail left and leads on to the assignment', async () => {
    checkboxByLabel(page, 'Consultation des cotisations').click();
    checkboxByLabel(page, 'Paiement').click();
    await fillPerson();
    await submit();

    const request = await test.nextRequest('/api/firm/accounts', 'POST');
    expect(request.request.body).toEqual({
      role: 'collaborateur',
      civility: 'M',
      firstName: 'Paul',
      lastName: 'Durand',
      email: 'paul.durand@cabinet-martin.fr',
      rights: ['consultation-cotisations', 'paiement'],
    });
    request.flush(aCollaborator({ status: 'invite', clients: 0, activationExpiresAt: '2026-11-28T15:45:00.000Z' }), {
      status: 201,
      statusText: 'Created',
    });
    await test.settle();

    const confirmation = page.querySelector('[role="status"]');
    expect(textOf(confirmation)).toBe(
      'Le compte a été créé Un courriel a été envoyé automatiquement à Paul Durand (paul.durand@cabinet-martin.fr) pour activer son compte. Il doit l’activer dans les 24 heures. Le lien d’activation fonctionne jusqu’au 28 novembre 2026 à 16:45.',
    );
    expect(document.activeElement).toBe(confirmation);
    expect(linkByText(page, 'Attribuer un portefeuille clients').getAttribute('href')).toBe(
      '/comptes/person-paul#attribuer',
    );
    expect(linkByText(page, 'boîte de réception simulée').getAttribute('href')).toBe(
      '/bac-a-sable/courriels?destinataire=paul.durand@cabinet-martin.fr',
    );
  });

  it('creates an administrator without asking for rights, for a change of responsible person', async () => {
    chooseRadio(page, 'Administrateur');
    await test.settle();
    expect(page.querySelector('pt-rights-fieldset')).toBeNull();
    expect(page.textContent).toContain('vous pouvez créer un nouveau compte administrateur');
    await fillPerson();
    await submit();

    const request = await test.nextRequest('/api/firm/accounts', 'POST');
    expect(request.request.body).toMatchObject({ role: 'administrateur', rights: [] });
    request.flush(aCollaborator({ role: 'administrateur', status: 'invite' }), { status: 201, statusText: 'Created' });
    await test.settle();
    expect(page.textContent).not.toContain('Attribuer un portefeuille clients');
    expect(linkByText(page, 'Transférer le portefeuille').getAttribute('href')).toBe('/comptes/transfert');
  });

  it('starts with the administrator chosen when asked for one', async () => {
    page = await test.navigate('/comptes/ajouter?role=administrateur');
    await test.settle();
    expect(page.querySelector('pt-rights-fieldset')).toBeNull();
  });

  it('puts the API’s field errors under their fields', async () => {
    checkboxByLabel(page, 'Messagerie').click();
    await fillPerson();
    await submit();
    (await test.nextRequest('/api/firm/accounts', 'POST')).flush(
      ...apiError(400, 'Le nom est refusé.', { errors: [{ field: 'lastName', message: 'Le nom est trop long.' }] }),
    );
    await test.settle();
    expect(errorOf(fieldByLabel(page, 'Nom'))).toBe('Le nom est trop long.');
    expect(document.activeElement).toBe(fieldByLabel(page, 'Nom'));
  });

  it('says under the e-mail address that an account already uses it', async () => {
    checkboxByLabel(page, 'Messagerie').click();
    await fillPerson();
    await submit();
    (await test.nextRequest('/api/firm/accounts', 'POST')).flush(
      ...apiError(409, 'Un compte utilise déjà cette adresse courriel.'),
    );
    await test.settle();
    const email = fieldByLabel(page, 'Adresse courriel');
    expect(errorOf(email)).toBe('Un compte utilise déjà cette adresse courriel.');
    expect(document.activeElement).toBe(email);
  });
});
