import type { FirmAccount, PortfolioClient } from '@portail/domain';
import {
  ADMIN,
  type AccountsTest,
  aClient,
  aCollaborator,
  anAssignableClient,
  anAuditEntry,
  apiError,
  buttonByText,
  checkboxByLabel,
  dialog,
  fieldByLabel,
  linkByText,
  rowsOf,
  setUpAccountsTest,
  textOf,
  typeInto,
} from '../testing/accounts-testing';

const PAUL = aCollaborator();
const CLIENTS: PortfolioClient[] = [
  aClient(),
  aClient({
    id: 'att-2',
    name: 'MARTIN Paul',
    tradeName: null,
    siren: null,
    tiNumber: '98765432109',
    status: 'en-attente',
  }),
];

describe('AccountPage', () => {
  let test: AccountsTest;
  let page: HTMLElement;

  afterEach(() => test.http.verify());

  /** Opens the page of a collaborator and answers its three reads: the account, the sub-portfolio, the actions. */
  async function openCollaborator(account: FirmAccount = PAUL, url = `/comptes/${account.personId}`): Promise<void> {
    test = await setUpAccountsTest();
    page = await test.navigate(url);
    (await test.nextRequest(`/api/firm/accounts/${account.personId}`)).flush(account);
    await test.settle();
    (await test.nextRequest(`/api/firm/accounts/${account.personId}/clients`)).flush({
      items: CLIENTS,
      next: 'cursor-2',
    });
    (await test.nextRequest('/api/firm/audit')).flush({ items: [anAuditEntry()], next: null });
    await test.settle();
  }

  function section(title: string): HTMLElement {
    const heading = Array.from(page.querySelectorAll('section h2')).find((h) => textOf(h) === title);
    if (!heading) {
      throw new Error(`No section « ${title} »`);
    }
    return heading.closest('section') as HTMLElement;
  }

  async function openAssignment(): Promise<HTMLElement> {
    buttonByText(page, 'Attribuer des clients').click();
    await test.settle();
    return page.querySelector('pt-assign-clients') as HTMLElement;
  }

  it('shows who the account is, its status and its clients', async () => {
    await openCollaborator();
    expect(textOf(page.querySelector('h1'))).toBe('Paul Durand');
    expect(
      Array.from(page.querySelectorAll('.identity div'), (row) => [
        textOf(row.querySelector('dt')),
        textOf(row.querySelector('dd')),
      ]),
    ).toEqual([
      ['Rôle', 'Collaborateur'],
      ['Adresse courriel', 'paul.durand@cabinet-martin.fr'],
      ['Statut', 'Actif'],
      ['Créé le', '26 novembre 2026 à 16:45'],
      ['Sous-portefeuille', '2 clients'],
    ]);
    expect(page.textContent).not.toContain('Envoyer un nouveau lien');
    expect(rowsOf(page.querySelector('pt-sub-portfolio table'))).toEqual([
      ['DUPONT Marie, Boulangerie du Port, SIREN 732 829 320', 'Rattaché', 'Retirer'],
      ['MARTIN Paul, N° TI 98765432109', 'En attente', 'Retirer'],
    ]);
  });

  it('shows the API’s refusal of an account outside the space', async () => {
    test = await setUpAccountsTest();
    page = await test.navigate('/comptes/someone-else');
    (await test.nextRequest('/api/firm/accounts/someone-else')).flush(
      ...apiError(404, 'Ce compte n’existe pas dans votre espace.'),
    );
    await test.settle();
    expect(textOf(page.querySelector('pt-notice[role="alert"]'))).toBe('Ce compte n’existe pas dans votre espace.');
  });

  it('sends a new activation link to an account whose link expired, the old one stopping', async () => {
    const expired = aCollaborator({ status: 'expire', clients: 0 });
    await openCollaborator(expired);
    const activation = section('Activation du compte');
    expect(textOf(activation)).toContain('Le lien d’activation a expiré');
    expect(textOf(activation)).toContain('Un nouveau lien remplace le précédent : l’ancien lien ne fonctionnera plus.');

    buttonByText(activation, 'Envoyer un nouveau lien').click();
    const request = await test.nextRequest('/api/firm/accounts/person-paul/activation-link', 'POST');
    request.flush({ ...expired, status: 'invite', activationExpiresAt: '2026-11-28T15:45:00.000Z' });
    await test.settle();

    expect(textOf(activation.querySelector('pt-notice'))).toBe(
      'Un nouveau lien a été envoyé à paul.durand@cabinet-martin.fr. Il fonctionne jusqu’au 28 novembre 2026 à 16:45.',
    );
    expect(textOf(page.querySelector('.identity pt-account-status'))).toBe('Invité jusqu’au 28 novembre 2026 à 16:45');
    expect(linkByText(activation, 'boîte de réception simulée').getAttribute('href')).toBe(
      '/bac-a-sable/courriels?destinataire=paul.durand@cabinet-martin.fr',
    );
  });

  it('shows the refusal of a new link', async () => {
    await openCollaborator(aCollaborator({ status: 'invite', activationExpiresAt: '2026-11-28T15:45:00.000Z' }));
    buttonByText(page, 'Envoyer un nouveau lien').click();
    (await test.nextRequest('/api/firm/accounts/person-paul/activation-link', 'POST')).flush(
      ...apiError(409, 'Ce compte est déjà activé.'),
    );
    await test.settle();
    expect(textOf(section('Activation du compte').querySelector('[role="alert"]'))).toBe('Ce compte est déjà activé.');
  });

  it('offers to correct the address of an invitation that bounced, and sends a new link to it', async () => {
    const bounced = aCollaborator({
      status: 'invite',
      email: 'paul.durand@cabinet-martn.fr',
      activationExpiresAt: '2026-11-28T15:45:00.000Z',
      emailUnreachable: true,
    });
    await openCollaborator(bounced);
    const activation = section('Activation du compte');
    expect(textOf(activation.querySelector('pt-notice'))).toBe(
      'Adresse injoignable Le courriel d’activation n’a pas pu être distribué à paul.durand@cabinet-martn.fr : l’adresse est injoignable.',
    );
    expect(textOf(activation)).not.toContain('fonctionne jusqu’au');
    expect(textOf(page.querySelector('.identity pt-account-status'))).toBe('Invité, Adresse injoignable');

    const email = fieldByLabel(activation, 'Adresse courriel');
    expect(email.value).toBe('paul.durand@cabinet-martn.fr');
    typeInto(email, ' paul.durand@cabinet-martin.FR ');
    buttonByText(activation, 'Corriger l’adresse').click();

    const request = await test.nextRequest('/api/firm/accounts/person-paul/email', 'PUT');
    expect(request.request.body).toEqual({ email: 'paul.durand@cabinet-martin.fr' });
    request.flush({ ...bounced, email: 'paul.durand@cabinet-martin.fr', emailUnreachable: false });
    await test.settle();

    expect(textOf(activation.querySelector('pt-correct-email [role="status"] pt-notice'))).toBe(
      'Un nouveau lien d’activation a été envoyé à paul.durand@cabinet-martin.fr.',
    );
    expect(activation.querySelector('form.correct-email')).toBeNull();
    expect(textOf(page.querySelector('.identity pt-account-status'))).toBe('Invité jusqu’au 28 novembre 2026 à 16:45');
    expect(linkByText(activation, 'boîte de réception simulée').getAttribute('href')).toBe(
      '/bac-a-sable/courriels?destinataire=paul.durand@cabinet-martin.fr',
    );
  });

  it('checks the corrected address, and shows the API’s refusal under the field', async () => {
    const bounced = aCollaborator({ status: 'expire', emailUnreachable: true });
    await openCollaborator(bounced);
    const activation = section('Activation du compte');
    const email = fieldByLabel(activation, 'Adresse courriel');

    typeInto(email, 'paul.durand');
    buttonByText(activation, 'Corriger l’adresse').click();
    await test.settle();
    test.http.expectNone('/api/firm/accounts/person-paul/email');
    expect(textOf(activation.querySelector('mat-error'))).toContain('@');

    typeInto(email, 'claire.martin@cabinet-martin.fr');
    buttonByText(activation, 'Corriger l’adresse').click();
    (await test.nextRequest('/api/firm/accounts/person-paul/email', 'PUT')).flush(
      ...apiError(409, 'Cette adresse courriel est déjà celle d’un compte.'),
    );
    await test.settle();
    expect(textOf(activation.querySelector('mat-error'))).toBe('Cette adresse courriel est déjà celle d’un compte.');
    expect(activation.querySelector('pt-correct-email [role="status"] pt-notice')).toBeNull();
  });

  it('saves the rights, which apply at once, and refuses none at all', async () => {
    await openCollaborator();
    const rights = section('Droits');
    expect(checkboxByLabel(rights, 'Consultation des cotisations').checked).toBe(true);
    expect(checkboxByLabel(rights, 'Paiement').checked).toBe(true);

    checkboxByLabel(rights, 'Consultation des cotisations').click();
    checkboxByLabel(rights, 'Paiement').click();
    buttonByText(rights, 'Enregistrer les droits').click();
    await test.settle();
    test.http.expectNone('/api/firm/accounts/person-paul/rights');
    expect(textOf(rights.querySelector('#droits-erreur'))).toBe(
      'Cochez au moins un droit à confier à votre collaborateur.',
    );

    checkboxByLabel(rights, 'Messagerie').click();
    buttonByText(rights, 'Enregistrer les droits').click();
    const request = await test.nextRequest('/api/firm/accounts/person-paul/rights', 'PUT');
    expect(request.request.body).toEqual({ rights: ['messagerie'] });
    request.flush({ ...PAUL, rights: ['messagerie'] });
    await test.settle();
    expect(textOf(rights.querySelector('[role="status"]'))).toBe(
      'Les droits de Paul Durand sont enregistrés : ils s’appliquent dès sa prochaine action.',
    );
  });

  it('takes a client out of the sub-portfolio and reads the following page on « Suivants »', async () => {
    await openCollaborator();
    const subPortfolio = page.querySelector('pt-sub-portfolio') as HTMLElement;
    const row = subPortfolio.querySelectorAll('tbody tr')[1];
    const remove = buttonByText(row, 'Retirer');
    expect(remove.getAttribute('aria-describedby')).toBe('client-att-2');

    remove.click();
    (await test.nextRequest('/api/firm/accounts/person-paul/clients/att-2', 'DELETE')).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await test.settle();
    expect(rowsOf(subPortfolio.querySelector('table')).map((cells) => cells[0])).toEqual([
      'DUPONT Marie, Boulangerie du Port, SIREN 732 829 320',
    ]);
    expect(textOf(subPortfolio.querySelector('.announcement'))).toBe(
      'MARTIN Paul a été retiré du sous-portefeuille de Paul Durand.',
    );
    expect(textOf(page.querySelector('.identity div:last-child dd'))).toBe('1 client');

    buttonByText(subPortfolio, 'Suivants').click();
    const next = await test.nextRequest('/api/firm/accounts/person-paul/clients');
    expect(next.request.params.get('after')).toBe('cursor-2');
    next.flush({ items: [aClient({ id: 'att-3', name: 'PETIT Luc' })], next: null });
    await test.settle();
    expect(rowsOf(subPortfolio.querySelector('table'))).toHaveLength(2);
    expect(() => buttonByText(subPortfolio, 'Suivants')).toThrow();
  });

  it('searches the sub-portfolio', async () => {
    await openCollaborator();
    typeInto(fieldByLabel(page, 'Rechercher dans son sous-portefeuille (nom ou SIREN)'), ' dup ');
    const request = await test.nextRequest('/api/firm/accounts/person-paul/clients');
    expect(request.request.params.get('search')).toBe('dup');
    expect(request.request.params.has('after')).toBe(false);
    request.flush({ items: [], next: null });
    await test.settle();
    expect(textOf(page.querySelector('pt-sub-portfolio .empty'))).toBe(
      'Aucun client de son sous-portefeuille ne correspond à votre recherche.',
    );
  });

  it('assigns the clients ticked, those already assigned shown as such', async () => {
    await openCollaborator();
    const assign = await openAssignment();
    (await test.nextRequest('/api/firm/accounts/person-paul/assignable')).flush({
      items: [
        anAssignableClient({ assigned: true }),
        anAssignableClient({ id: 'att-7', name: 'BERNARD Anne', tradeName: null, siren: '356000000' }),
      ],
      next: null,
    });
    await test.settle();

    const already = checkboxByLabel(assign, 'DUPONT Marie');
    expect(already.checked).toBe(true);
    expect(already.getAttribute('aria-disabled')).toBe('true');
    expect(textOf(already.closest('mat-checkbox'))).toContain('Déjà attribué');
    expect(buttonByText(assign, 'Attribuer la sélection (0)').disabled).toBe(true);

    checkboxByLabel(assign, 'BERNARD Anne').click();
    await test.settle();
    buttonByText(assign, 'Attribuer la sélection (1)').click();
    const request = await test.nextRequest('/api/firm/accounts/person-paul/clients', 'POST');
    expect(request.request.body).toEqual({ clientIds: ['att-7'] });
    request.flush({ assigned: 1, clients: 3 });
    await test.settle();

    expect(textOf(assign.querySelector('.assign-outcome'))).toBe(
      '1 client attribué à Paul Durand. Son sous-portefeuille compte désormais 3 clients.',
    );
    expect(assign.querySelector('.assign-outcome')?.getAttribute('aria-live')).toBe('polite');
    // Both lists are read again, and the count follows.
    (await test.nextRequest('/api/firm/accounts/person-paul/assignable')).flush({ items: [], next: null });
    (await test.nextRequest('/api/firm/accounts/person-paul/clients')).flush({ items: CLIENTS, next: null });
    await test.settle();
    expect(textOf(page.querySelector('.identity div:last-child dd'))).toBe('3 clients');
  });

  it('assigns every client matching the search', async () => {
    await openCollaborator();
    const assign = await openAssignment();
    (await test.nextRequest('/api/firm/accounts/person-paul/assignable')).flush({ items: [], next: null });
    typeInto(fieldByLabel(assign, 'Rechercher dans le portefeuille (nom ou SIREN)'), 'bou');
    const search = await test.nextRequest('/api/firm/accounts/person-paul/assignable');
    expect(search.request.params.get('search')).toBe('bou');
    search.flush({ items: [anAssignableClient()], next: null });
    await test.settle();

    buttonByText(assign, 'Attribuer tous les clients correspondant à la recherche').click();
    const request = await test.nextRequest('/api/firm/accounts/person-paul/clients', 'POST');
    expect(request.request.body).toEqual({ matching: { search: 'bou' } });
    request.flush({ assigned: 1250, clients: 1252 });
    await test.settle();
    expect(textOf(assign.querySelector('.assign-outcome'))).toBe(
      '1 250 clients attribués à Paul Durand. Son sous-portefeuille compte désormais 1 252 clients.',
    );
    (await test.nextRequest('/api/firm/accounts/person-paul/assignable')).flush({ items: [], next: null });
    (await test.nextRequest('/api/firm/accounts/person-paul/clients')).flush({ items: CLIENTS, next: null });
  });

  it('lands on « Attribuer des clients » after « Attribuer un portefeuille clients »', async () => {
    await openCollaborator(PAUL, '/comptes/person-paul#attribuer');
    const toggle = buttonByText(page, 'Attribuer des clients');
    expect(document.activeElement).toBe(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(page.querySelector('pt-assign-clients')).toBeNull();
  });

  it('shows, for a departure, what the collaborator did and where to export it', async () => {
    await openCollaborator();
    const departure = section('Départ d’un collaborateur');
    expect(textOf(departure)).toContain('2 clients lui sont attribués');
    expect(rowsOf(departure.querySelector('table'))).toEqual([
      [
        '27 novembre 2026 à 16:45',
        'Client ajouté',
        'Paul Durand',
        'DUPONT Marie',
        '—',
        'DUPONT Marie ajouté au portefeuille.',
      ],
    ]);
    expect(linkByText(departure, 'Exporter ses actions en CSV').getAttribute('href')).toBe(
      '/api/firm/audit.csv?person=person-paul',
    );
    expect(linkByText(departure, 'Voir dans l’Historique').getAttribute('href')).toBe(
      '/historique?personne=person-paul',
    );
  });

  it('deactivates the account once confirmed, saying that its sessions end', async () => {
    await openCollaborator();
    buttonByText(section('Désactiver le compte'), 'Désactiver le compte').click();
    await test.settle();
    expect(textOf(dialog()?.querySelector('h2'))).toBe('Désactiver le compte de Paul Durand ?');
    expect(textOf(dialog()?.querySelector('mat-dialog-content'))).toContain('ses sessions prennent fin immédiatement');
    test.http.expectNone('/api/firm/accounts/person-paul/deactivate');

    buttonByText(dialog() as HTMLElement, 'Désactiver le compte').click();
    (await test.nextRequest('/api/firm/accounts/person-paul/deactivate', 'POST')).flush({
      ...PAUL,
      status: 'desactive',
      deactivatedAt: '2026-11-27T16:00:00.000Z',
    });
    await test.settle();
    await vi.waitFor(() => expect(dialog()).toBeNull());
    expect(textOf(page.querySelector('.identity pt-account-status'))).toBe('Désactivé');
    expect(page.textContent).toContain('Le compte de Paul Durand est désactivé : ses sessions ont pris fin.');
    expect(() => section('Désactiver le compte')).toThrow();
  });

  it('shows a refused deactivation, and deactivates nothing when cancelled', async () => {
    await openCollaborator();
    const deactivation = section('Désactiver le compte');
    buttonByText(deactivation, 'Désactiver le compte').click();
    await test.settle();
    buttonByText(dialog() as HTMLElement, 'Annuler').click();
    await vi.waitFor(() => expect(dialog()).toBeNull());
    test.http.expectNone('/api/firm/accounts/person-paul/deactivate');

    buttonByText(deactivation, 'Désactiver le compte').click();
    await test.settle();
    buttonByText(dialog() as HTMLElement, 'Désactiver le compte').click();
    (await test.nextRequest('/api/firm/accounts/person-paul/deactivate', 'POST')).flush(
      ...apiError(409, 'Le dernier administrateur actif ne peut pas être désactivé.'),
    );
    await test.settle();
    expect(textOf(deactivation.querySelector('[role="alert"]'))).toBe(
      'Le dernier administrateur actif ne peut pas être désactivé.',
    );
  });

  it('offers an administrator’s page the transfer of their portfolio', async () => {
    test = await setUpAccountsTest();
    page = await test.navigate('/comptes/person-admin');
    (await test.nextRequest('/api/firm/accounts/person-admin')).flush(ADMIN);
    await test.settle();
    expect(page.querySelector('pt-rights-fieldset')).toBeNull();
    expect(page.querySelector('pt-sub-portfolio')).toBeNull();
    expect(linkByText(section('Changement de responsable'), 'Transférer son portefeuille').getAttribute('href')).toBe(
      '/comptes/transfert?depuis=person-admin',
    );
  });
});
