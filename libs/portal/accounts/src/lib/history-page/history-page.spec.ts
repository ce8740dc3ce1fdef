import type { AuditPage, FirmAccountList } from '@portail/domain';
import {
  ADMIN,
  type AccountsTest,
  aClient,
  aCollaborator,
  anAuditEntry,
  apiError,
  buttonByText,
  chooseOption,
  fieldByLabel,
  linkByText,
  rowsOf,
  selectByLabel,
  setUpAccountsTest,
  textOf,
  typeInto,
} from '../testing/accounts-testing';

const LIST: FirmAccountList = { firmName: 'Cabinet Martin', accounts: [ADMIN, aCollaborator()] };

describe('HistoryPage', () => {
  let test: AccountsTest;
  let page: HTMLElement;

  afterEach(() => test.http.verify());

  /** Opens the page and answers the accounts (for the person filter); returns the first read of the trail. */
  async function open(url = '/historique'): Promise<URLSearchParams> {
    test = await setUpAccountsTest();
    page = await test.navigate(url);
    (await test.nextRequest('/api/firm/accounts')).flush(LIST);
    return answerAudit({ items: [anAuditEntry()], next: 'cursor-2' });
  }

  async function answerAudit(body: AuditPage): Promise<URLSearchParams> {
    const request = await test.nextRequest('/api/firm/audit');
    request.flush(body);
    await test.settle();
    return new URLSearchParams(request.request.params.toString());
  }

  function csvLink(): string | null {
    return linkByText(page, 'Exporter en CSV').getAttribute('href');
  }

  it('lists the actions newest first, with date and time, author, client, account and summary', async () => {
    const query = await open();
    expect(query.toString()).toBe('limit=50');
    expect(textOf(page.querySelector('h1'))).toBe('Historique');
    expect(textOf(page.querySelector('caption'))).toBe('Actions de l’espace, les plus récentes d’abord');
    expect(rowsOf(page.querySelector('table'))).toEqual([
      [
        '27 novembre 2026 à 16:45',
        'Client ajouté',
        'Paul Durand',
        'DUPONT Marie',
        '—',
        'DUPONT Marie ajouté au portefeuille.',
      ],
    ]);
    expect(csvLink()).toBe('/api/firm/audit.csv');
    expect(textOf(page.querySelector('.announcement'))).toBe('1 action affichée, les plus récentes.');

    buttonByText(page, 'Suivants').click();
    const next = await answerAudit({
      items: [anAuditEntry({ id: 'audit-2', kind: 'account.created', kindLabel: 'Compte créé', client: null })],
      next: null,
    });
    expect(next.get('after')).toBe('cursor-2');
    expect(rowsOf(page.querySelector('table'))).toHaveLength(2);
  });

  it('narrows the list by person and action, and the CSV link carries the filters', async () => {
    await open();
    await chooseOption(test, page, 'Personne', 'Paul Durand');
    expect((await answerAudit({ items: [], next: null })).get('person')).toBe('person-paul');
    expect(textOf(page.querySelector('.empty'))).toBe('Aucune action ne correspond à ces filtres.');

    await chooseOption(test, page, 'Action', 'Droits modifiés');
    const query = await answerAudit({ items: [], next: null });
    expect(query.get('person')).toBe('person-paul');
    expect(query.get('kind')).toBe('account.rights-changed');
    expect(query.has('after')).toBe(false);
    expect(csvLink()).toBe('/api/firm/audit.csv?person=person-paul&kind=account.rights-changed');
  });

  it('narrows the list to a client chosen in it', async () => {
    await open();
    buttonByText(page, 'DUPONT Marie').click();
    expect((await answerAudit({ items: [anAuditEntry()], next: null })).get('client')).toBe('contributor-1');
    expect(textOf(page.querySelector('.chosen-client strong'))).toBe('DUPONT Marie');
    expect(csvLink()).toBe('/api/firm/audit.csv?client=contributor-1');

    buttonByText(page, 'Retirer ce filtre').click();
    expect((await answerAudit({ items: [], next: null })).has('client')).toBe(false);
  });

  it('looks a client up in the portfolio for the client filter', async () => {
    await open();
    const field = fieldByLabel(page, 'Client');
    // The suggestions open for the field being typed in.
    field.focus();
    typeInto(field, 'dup');
    const search = await test.nextRequest('/api/portfolio/clients');
    expect(search.request.params.get('search')).toBe('dup');
    search.flush({
      items: [
        aClient(),
        aClient({ id: 'att-2', contributorId: 'contributor-2', name: 'DUPUIS Jean', siren: null }),
      ],
      next: null,
    });
    await test.settle();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map(textOf)).toEqual(['DUPONT Marie — SIREN 732829320', 'DUPUIS Jean']);

    options[1].click();
    await test.settle();
    expect((await answerAudit({ items: [], next: null })).get('client')).toBe('contributor-2');
  });

  it('starts with the person whose page led here', async () => {
    const query = await open('/historique?personne=person-paul');
    expect(query.get('person')).toBe('person-paul');
    expect(textOf(selectByLabel(page, 'Personne'))).toBe('Paul Durand');
  });

  it('shows the API’s refusal to a collaborator', async () => {
    test = await setUpAccountsTest();
    page = await test.navigate('/historique');
    (await test.nextRequest('/api/firm/accounts')).flush(...apiError(403, 'Réservé aux administrateurs de l’espace.'));
    (await test.nextRequest('/api/firm/audit')).flush(...apiError(403, 'Réservé aux administrateurs de l’espace.'));
    await test.settle();
    expect(textOf(page.querySelector('pt-notice[role="alert"]'))).toBe('Réservé aux administrateurs de l’espace.');
  });
});
