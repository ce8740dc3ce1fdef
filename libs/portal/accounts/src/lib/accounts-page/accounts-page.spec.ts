import type { FirmAccountList } from '@portail/domain';
import {
  ADMIN,
  type AccountsTest,
  aCollaborator,
  apiError,
  linkByText,
  rowsOf,
  setUpAccountsTest,
  textOf,
} from '../testing/accounts-testing';

const LIST: FirmAccountList = {
  firmName: 'Cabinet Martin',
  accounts: [
    ADMIN,
    aCollaborator(),
    aCollaborator({
      personId: 'person-lea',
      firstName: 'Léa',
      lastName: 'Moreau',
      email: 'lea.moreau@cabinet-martin.fr',
      rights: ['gestion-portefeuille'],
      status: 'invite',
      clients: 0,
      activationExpiresAt: '2026-11-28T15:45:00.000Z',
    }),
    aCollaborator({ personId: 'person-max', firstName: 'Max', lastName: 'Petit', status: 'desactive', clients: 1 }),
  ],
};

describe('AccountsPage', () => {
  let test: AccountsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpAccountsTest();
    page = await test.navigate('/comptes');
  });

  afterEach(() => test.http.verify());

  it('lists the accounts of the space with their role, rights, status and clients', async () => {
    (await test.nextRequest('/api/firm/accounts')).flush(LIST);
    await test.settle();

    expect(textOf(page.querySelector('h1'))).toBe('Gérer les comptes');
    expect(textOf(page.querySelector('caption'))).toBe('Comptes de l’espace (4)');
    expect(rowsOf(page.querySelector('table'))).toEqual([
      [
        'Claire Martin',
        'claire.martin@cabinet-martin.fr',
        'Administrateur principal',
        'Tous les droits',
        'Actif',
        '120 clients',
      ],
      [
        'Paul Durand',
        'paul.durand@cabinet-martin.fr',
        'Collaborateur',
        'Consultation des cotisations, Paiement',
        'Actif',
        '2 clients',
      ],
      [
        'Léa Moreau',
        'lea.moreau@cabinet-martin.fr',
        'Collaborateur',
        'Gestion du portefeuille',
        // The API's deadline, in Paris time.
        'Invité jusqu’au 28 novembre 2026 à 16:45',
        '0 client',
      ],
      [
        'Max Petit',
        'paul.durand@cabinet-martin.fr',
        'Collaborateur',
        'Consultation des cotisations, Paiement',
        'Désactivé',
        '1 client',
      ],
    ]);
    expect(linkByText(page, 'Paul Durand').getAttribute('href')).toBe('/comptes/person-paul');
    expect(linkByText(page, 'Ajouter un compte').getAttribute('href')).toBe('/comptes/ajouter');
    expect(linkByText(page, 'Transférer le portefeuille').getAttribute('href')).toBe('/comptes/transfert');
    expect(linkByText(page, 'Historique').getAttribute('href')).toBe('/historique');
  });

  it('shows the API’s refusal to a collaborator', async () => {
    (await test.nextRequest('/api/firm/accounts')).flush(
      ...apiError(403, 'Seul un administrateur de l’espace peut gérer les comptes.'),
    );
    await test.settle();
    expect(textOf(page.querySelector('pt-notice[role="alert"]'))).toBe(
      'Seul un administrateur de l’espace peut gérer les comptes.',
    );
    expect(page.querySelector('table')).toBeNull();
    expect(page.textContent).not.toContain('Ajouter un compte');
  });

  it('shows « Adresse injoignable » for an invitation that bounced, instead of its deadline', async () => {
    const bounced = aCollaborator({
      personId: 'person-lea',
      firstName: 'Léa',
      lastName: 'Moreau',
      email: 'lea.moreau@cabinet-martn.fr',
      status: 'invite',
      clients: 0,
      activationExpiresAt: '2026-11-28T15:45:00.000Z',
      emailUnreachable: true,
    });
    (await test.nextRequest('/api/firm/accounts')).flush({ firmName: 'Cabinet Martin', accounts: [ADMIN, bounced] });
    await test.settle();

    const status = page.querySelectorAll('tbody tr')[1].querySelector('pt-account-status');
    expect(Array.from(status?.querySelectorAll('.chip') ?? [], textOf)).toEqual(['Invité', 'Adresse injoignable']);
    expect(textOf(status)).toBe('Invité, Adresse injoignable');
    expect(textOf(status)).not.toContain('jusqu’au');
    expect(textOf(page.querySelectorAll('tbody tr')[0].querySelector('pt-account-status'))).toBe('Actif');
  });
});
