import { TestBed } from '@angular/core/testing';
import type { PortfolioClient, PortfolioPage, PortfolioSummary } from '@portail/domain';
import {
  PortfolioTest,
  aClient,
  buttonByText,
  dialog,
  fieldByLabel,
  linkByText,
  setUpPortfolioTest,
  textOf,
  typeInto,
} from '../testing/portfolio-testing';

const SUMMARY: PortfolioSummary = {
  firmName: 'Cabinet Martin',
  counts: { 'en-attente': 3, rattache: 100_000, bloque: 1 },
  total: 100_004,
};

/** 25 clients (a full page) whose names start at `from`. */
function fullPage(from: number, next: string | null): PortfolioPage {
  const items = Array.from({ length: 25 }, (_, index) =>
    aClient({ id: `att-${from + index}`, name: `CLIENT ${from + index}`, status: 'rattache', tradeName: null }),
  );
  return { items, next };
}

describe('PortfolioPage', () => {
  let test: PortfolioTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpPortfolioTest();
  });

  afterEach(() => test.http.verify());

  async function open(url: string, clients: PortfolioPage, summary = SUMMARY) {
    page = await test.navigate(url);
    (await test.nextRequest('/api/portfolio/summary')).flush(summary);
    const request = await test.nextRequest('/api/portfolio/clients');
    request.flush(clients);
    await test.settle();
    return request.request.params;
  }

  async function answerClients(clients: PortfolioPage) {
    const request = await test.nextRequest('/api/portfolio/clients');
    request.flush(clients);
    await test.settle();
    return request.request.params;
  }

  function rows(): string[][] {
    return Array.from(page.querySelectorAll('tbody tr'), (row) => Array.from(row.querySelectorAll('td'), textOf));
  }

  function announcement(): string {
    return textOf(page.querySelector('.announcement'));
  }

  it('lists a page of clients with what can be done for each', async () => {
    const params = await open('/portefeuille', {
      items: [
        aClient(),
        aClient({
          id: 'att-2',
          kind: 'gerant-sans-siret',
          name: 'MARTIN Paul',
          tradeName: null,
          siren: null,
          tiNumber: '98765432109',
          status: 'rattache',
        }),
        aClient({ id: 'att-3', name: 'DURAND Léa', tradeName: null, siren: '356000000', status: 'bloque' }),
      ],
      next: null,
    });
    expect(params.keys().sort()).toEqual(['limit', 'sort']);
    expect(params.get('limit')).toBe('25');
    expect(params.get('sort')).toBe('nom');

    expect(textOf(page.querySelector('h1'))).toBe('Portefeuille clients');
    expect(textOf(page.querySelector('pt-page-heading'))).toContain('Cabinet Martin');
    expect(Array.from(page.querySelectorAll('mat-button-toggle'), textOf)).toEqual([
      'Tous (100 004)',
      'En attente (3)',
      'Rattachés (100 000)',
      'Bloqués (1)',
    ]);
    expect(Array.from(page.querySelectorAll('thead th'), textOf)).toEqual([
      'Nom',
      'SIREN ou N° TI',
      'Statut',
      'Ajouté le',
      'Actions',
    ]);
    expect(rows()).toEqual([
      [
        'DUPONT Marie, Boulangerie du Port',
        '732 829 320',
        'En attente',
        '27/11/2026',
        'Finaliser le rattachement Supprimer',
      ],
      ['MARTIN Paul', 'N° TI 98765432109', 'Rattaché', '27/11/2026', 'Mes cotisations Supprimer'],
      [
        'DURAND Léa',
        '356 000 000',
        'Bloqué',
        '27/11/2026',
        "Trop d'essais : supprimez le client, puis ajoutez-le de nouveau. Supprimer",
      ],
    ]);
    expect(linkByText(page, 'Finaliser le rattachement').getAttribute('href')).toBe(
      '/portefeuille/clients/att-1/finaliser',
    );
    expect(linkByText(page, 'Mes cotisations').getAttribute('href')).toBe('/portefeuille/clients/att-2/cotisations');
    expect(linkByText(page, 'Ajouter un client').getAttribute('href')).toBe('/portefeuille/ajouter');
    expect(textOf(page.querySelector('.range'))).toBe('Clients 1 à 3 sur 100 004');
    expect(announcement()).toBe('Clients 1 à 3 sur 100 004');
    expect(buttonByText(page, 'Page suivante').getAttribute('aria-disabled')).toBe('true');
  });

  it('sends one request per pause in the typing, with the search, and keeps it in the address', async () => {
    await open('/portefeuille', fullPage(1, 'cursor-26'));
    const search = fieldByLabel(page, 'Rechercher un client (nom ou SIREN)');
    // Keys 100 ms apart: quicker than the debounce, slower than a navigation.
    for (const typed of ['du', 'dup', 'dupo']) {
      typeInto(search, typed);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(test.http.match((request) => request.url === '/api/portfolio/clients')).toEqual([]);

    const params = await answerClients({ items: [aClient()], next: null });
    expect(params.get('search')).toBe('dupo');
    test.http.expectNone((request) => request.url === '/api/portfolio/clients');
    expect(test.router.url).toBe('/portefeuille?recherche=dupo');
    // No total while searching: only the summary's counts are known.
    expect(textOf(page.querySelector('.range'))).toBe('Client 1');
  });

  it('searches a SIREN typed with spaces as its digits', async () => {
    await open('/portefeuille', fullPage(1, null));
    typeInto(fieldByLabel(page, 'Rechercher un client (nom ou SIREN)'), '732 829');
    expect((await answerClients({ items: [aClient()], next: null })).get('search')).toBe('732829');
  });

  it('filters by status and counts against that status', async () => {
    await open('/portefeuille', fullPage(1, 'cursor-26'));
    buttonByText(page, 'Bloqués (1)').click();
    const params = await answerClients({ items: [aClient({ status: 'bloque' })], next: null });
    expect(params.get('status')).toBe('bloque');
    expect(test.router.url).toBe('/portefeuille?statut=bloque');
    expect(buttonByText(page, 'Bloqués (1)').getAttribute('aria-checked')).toBe('true');
    expect(textOf(page.querySelector('.range'))).toBe('Client 1 sur 1');
  });

  it('cancels the request of a query replaced before its answer', async () => {
    await open('/portefeuille', fullPage(1, 'cursor-26'));
    buttonByText(page, 'Bloqués (1)').click();
    const replaced = await test.nextRequest('/api/portfolio/clients');
    buttonByText(page, 'En attente (3)').click();
    await vi.waitFor(() => expect(replaced.cancelled).toBe(true));
    expect((await answerClients({ items: [aClient()], next: null })).get('status')).toBe('en-attente');
  });

  it('reads the query of the address, so that a reload shows the same list', async () => {
    const params = await open('/portefeuille?recherche=dup&statut=en-attente&tri=-ajout', {
      items: [aClient()],
      next: null,
    });
    expect(params.get('search')).toBe('dup');
    expect(params.get('status')).toBe('en-attente');
    expect(params.get('sort')).toBe('-ajout');
    expect(fieldByLabel(page, 'Rechercher un client (nom ou SIREN)').value).toBe('dup');
  });

  it('shows the search of the address again when going back in the history', async () => {
    await open('/portefeuille?recherche=dup', { items: [aClient()], next: null });
    page = await test.navigate('/portefeuille');
    expect((await answerClients(fullPage(1, null))).has('search')).toBe(false);
    expect(fieldByLabel(page, 'Rechercher un client (nom ou SIREN)').value).toBe('');
  });

  it('sorts by the order chosen', async () => {
    await open('/portefeuille', fullPage(1, null));
    page.querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await test.settle();
    const options = Array.from(document.querySelectorAll('mat-option'));
    expect(options.map(textOf)).toEqual(['Nom A→Z', 'Nom Z→A', 'Ajout le plus récent', 'Ajout le plus ancien']);
    (options[2] as HTMLElement).click();
    expect((await answerClients(fullPage(1, null))).get('sort')).toBe('-ajout');
    expect(test.router.url).toBe('/portefeuille?tri=-ajout');
  });

  it('goes forward with the next cursor and back with the previous one', async () => {
    await open('/portefeuille', fullPage(1, 'cursor-26'));
    expect(textOf(page.querySelector('.range'))).toBe('Clients 1 à 25 sur 100 004');
    expect(buttonByText(page, 'Page précédente').getAttribute('aria-disabled')).toBe('true');

    buttonByText(page, 'Page suivante').click();
    expect((await answerClients(fullPage(26, 'cursor-51'))).get('after')).toBe('cursor-26');
    expect(textOf(page.querySelector('.range'))).toBe('Clients 26 à 50 sur 100 004');
    expect(rows()[0][0]).toBe('CLIENT 26');

    buttonByText(page, 'Page suivante').click();
    expect((await answerClients(fullPage(51, 'cursor-76'))).get('after')).toBe('cursor-51');
    expect(announcement()).toBe('Clients 51 à 75 sur 100 004');

    buttonByText(page, 'Page précédente').click();
    expect((await answerClients(fullPage(26, 'cursor-51'))).get('after')).toBe('cursor-26');
    buttonByText(page, 'Page précédente').click();
    expect((await answerClients(fullPage(1, 'cursor-26'))).has('after')).toBe(false);
    expect(textOf(page.querySelector('.range'))).toBe('Clients 1 à 25 sur 100 004');
  });

  it('starts again from the first page when the filter changes', async () => {
    await open('/portefeuille', fullPage(1, 'cursor-26'));
    buttonByText(page, 'Page suivante').click();
    await answerClients(fullPage(26, 'cursor-51'));
    buttonByText(page, 'En attente (3)').click();
    expect((await answerClients({ items: [aClient()], next: null })).has('after')).toBe(false);
  });

  it('says when nothing matches the search', async () => {
    await open('/portefeuille?recherche=zzz', { items: [], next: null });
    expect(textOf(page.querySelector('.empty-state'))).toContain('Aucun client ne correspond à votre recherche.');
    expect(announcement()).toBe('Aucun client ne correspond à votre recherche.');
    expect(page.querySelector('table')).toBeNull();
  });

  it('invites a new portfolio to add its first client', async () => {
    await open(
      '/portefeuille',
      { items: [], next: null },
      { ...SUMMARY, counts: { 'en-attente': 0, rattache: 0, bloque: 0 }, total: 0 },
    );
    expect(textOf(page.querySelector('.empty-state'))).toContain(
      'Votre portefeuille ne contient aucun client pour le moment.',
    );
    expect(page.querySelectorAll('a[href="/portefeuille/ajouter"]')).toHaveLength(2);
  });

  it('shows the API’s refusal', async () => {
    page = await test.navigate('/portefeuille');
    (await test.nextRequest('/api/portfolio/summary')).flush(
      { statusCode: 403, message: 'Votre espace est en attente de paramétrage.' },
      { status: 403, statusText: 'Forbidden' },
    );
    (await test.nextRequest('/api/portfolio/clients')).flush(
      { statusCode: 403, message: 'Votre espace est en attente de paramétrage.' },
      { status: 403, statusText: 'Forbidden' },
    );
    await test.settle();
    expect(textOf(page.querySelector('pt-notice[role="alert"]'))).toBe('Votre espace est en attente de paramétrage.');
  });

  it('deletes a client once confirmed, and reads the page again', async () => {
    const clients: PortfolioClient[] = [aClient(), aClient({ id: 'att-2', name: 'MARTIN Paul', status: 'rattache' })];
    await open('/portefeuille', { items: clients, next: null });

    buttonByText(page.querySelectorAll('tbody tr')[1], 'Supprimer').click();
    await test.settle();
    expect(textOf(dialog()?.querySelector('h2'))).toBe('Supprimer ce client ?');
    const explanation = textOf(dialog()?.querySelector('mat-dialog-content'));
    expect(explanation).toContain('MARTIN Paul (732 829 320) sera retiré de votre portefeuille.');
    expect(explanation).toContain('Le code de sécurité qui lui a été envoyé par courrier ne fonctionnera plus.');
    expect(explanation).toContain(
      'Si votre client a perdu le code de sécurité : supprimer le client, puis l’ajouter de nouveau en cliquant sur Ajouter un client. Un courrier, contenant un nouveau code de sécurité, lui sera envoyé.',
    );
    test.http.expectNone({ method: 'DELETE' });

    buttonByText(dialog() as HTMLElement, 'Supprimer le client').click();
    const deletion = await test.nextRequest('/api/portfolio/clients/att-2', 'DELETE');
    deletion.flush(null, { status: 204, statusText: 'No Content' });

    (await test.nextRequest('/api/portfolio/summary')).flush({ ...SUMMARY, total: 100_003 });
    await answerClients({ items: [clients[0]], next: null });
    expect(dialog()).toBeNull();
    expect(rows().map((row) => row[0])).toEqual(['DUPONT Marie, Boulangerie du Port']);
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'MARTIN Paul a été supprimé de votre portefeuille.',
    );
  });

  it('deletes nothing when the confirmation is cancelled', async () => {
    await open('/portefeuille', { items: [aClient()], next: null });
    buttonByText(page, 'Supprimer').click();
    await test.settle();
    buttonByText(dialog() as HTMLElement, 'Annuler').click();
    await test.settle();
    await vi.waitFor(() => expect(dialog()).toBeNull());
    test.http.expectNone({ method: 'DELETE' });
  });

  describe('for a collaborator without « Gestion du portefeuille »', () => {
    beforeEach(async () => {
      test.http.verify();
      TestBed.resetTestingModule();
      test = await setUpPortfolioTest(['consultation-cotisations']);
    });

    it('lists their clients with « Mes cotisations » but offers no adding, finalising or deleting', async () => {
      await open('/portefeuille', {
        items: [aClient({ status: 'en-attente' }), aClient({ id: 'att-2', name: 'MARTIN Paul', status: 'rattache' })],
        next: null,
      });

      expect(rows()).toHaveLength(2);
      expect(Array.from(page.querySelectorAll('a, button'), (element) => textOf(element))).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/Ajouter un client|Finaliser|Supprimer/)]),
      );
      expect(Array.from(page.querySelectorAll('td a'), (link) => textOf(link))).toEqual(['Mes cotisations']);
    });
  });
});
