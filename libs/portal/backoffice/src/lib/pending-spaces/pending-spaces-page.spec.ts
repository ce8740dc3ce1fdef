import type { PendingSpace } from '@portail/domain';
import { type RoutedTest, setUpRoutedTest } from '@portail/portal-forms/testing';
import { backofficeRoutes } from '../backoffice.routes';

const PENDING: PendingSpace[] = [
  {
    id: 'space-martin',
    name: 'Cabinet Martin',
    siret: '73282932000074',
    category: 'expert-comptable',
    administrator: { email: 'claire.martin@cabinet-martin.fr', firstName: 'Claire', lastName: 'Martin' },
    createdAt: '2026-11-27T15:45:00.000Z',
  },
  {
    id: 'space-agc',
    name: 'AGC du Rhône',
    siret: '12345678200010',
    category: 'agc',
    administrator: { email: 'paul.durand@agc-rhone.fr', firstName: 'Paul', lastName: 'Durand' },
    createdAt: '2026-11-28T09:00:00.000Z',
  },
];

describe('PendingSpacesPage', () => {
  let http: RoutedTest['http'];
  let nextRequest: RoutedTest['nextRequest'];
  let settle: RoutedTest['settle'];
  let page: HTMLElement;

  beforeEach(async () => {
    const test = await setUpRoutedTest([{ path: 'conseiller', children: backofficeRoutes }], { inputBinding: false });
    ({ http, nextRequest, settle } = test);
    page = await test.navigate('/conseiller');
  });

  afterEach(() => http.verify());

  function rows(): string[][] {
    return Array.from(page.querySelectorAll('tbody tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  it('lists the spaces waiting for their set-up, oldest first', async () => {
    (await nextRequest('/api/backoffice/pending-spaces')).flush(PENDING);
    await settle();

    expect(page.querySelector('h1')?.textContent).toBe('Espaces en attente de paramétrage');
    expect(
      Array.from(page.querySelectorAll('pt-backoffice-nav a'), (link) => [
        link.getAttribute('href'),
        link.getAttribute('aria-current'),
      ]),
    ).toEqual([
      ['/conseiller', 'page'],
      ['/conseiller/demandes', null],
      ['/conseiller/messagerie', null],
      ['/conseiller/reclamations', null],
      ['/conseiller/mediations', null],
    ]);
    expect(Array.from(page.querySelectorAll('thead th'), (th) => th.textContent?.trim())).toEqual([
      'Raison sociale',
      'SIRET',
      'Catégorie',
      'Administrateur',
      'Date de demande',
      'Action',
    ]);
    expect(rows()).toEqual([
      [
        'Cabinet Martin',
        '732 829 320 00074',
        'Expert-comptable',
        'Claire Martin claire.martin@cabinet-martin.fr',
        '27 novembre 2026 à 16:45',
        'Finaliser le paramétrage',
      ],
      [
        'AGC du Rhône',
        '123 456 782 00010',
        'Association de gestion et de comptabilité (AGC)',
        'Paul Durand paul.durand@agc-rhone.fr',
        '28 novembre 2026 à 10:00',
        'Finaliser le paramétrage',
      ],
    ]);
  });

  it('finalises a space, confirms it in a snackbar and takes it off the list', async () => {
    (await nextRequest('/api/backoffice/pending-spaces')).flush(PENDING);
    await settle();

    page.querySelector<HTMLButtonElement>('#finaliser-space-martin')?.click();
    const request = await nextRequest('/api/backoffice/spaces/space-martin/finalise');
    expect(request.request.method).toBe('POST');
    request.flush({
      id: 'space-martin',
      kind: 'tiers',
      name: 'Cabinet Martin',
      siret: '73282932000074',
      status: 'actif',
      role: 'administrateur',
    });
    await settle();

    expect(rows().map((row) => row[0])).toEqual(['AGC du Rhône']);
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      "Le paramétrage de l'espace Cabinet Martin est finalisé. Un courriel a été envoyé à claire.martin@cabinet-martin.fr.",
    );
  });

  it('takes off a space a colleague already finalised (409)', async () => {
    (await nextRequest('/api/backoffice/pending-spaces')).flush(PENDING);
    await settle();

    page.querySelector<HTMLButtonElement>('#finaliser-space-agc')?.click();
    (await nextRequest('/api/backoffice/spaces/space-agc/finalise')).flush(
      { statusCode: 409, message: 'Le paramétrage de cet espace est déjà finalisé.' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(rows().map((row) => row[0])).toEqual(['Cabinet Martin']);
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'Le paramétrage de cet espace est déjà finalisé.',
    );
  });

  it('says when no space is waiting', async () => {
    (await nextRequest('/api/backoffice/pending-spaces')).flush([]);
    await settle();
    expect(page.querySelector('.empty-state')?.textContent?.trim()).toBe('Aucun espace en attente de paramétrage.');
    expect(page.querySelector('table')).toBeNull();
  });

  it('shows the API’s message when the list cannot be read', async () => {
    (await nextRequest('/api/backoffice/pending-spaces')).flush(
      { statusCode: 403, message: 'Cette page est réservée aux conseillers Urssaf.' },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    expect(page.querySelector('[role="alert"] pt-notice, pt-notice[role="alert"]')?.textContent).toContain(
      'Cette page est réservée aux conseillers Urssaf.',
    );
  });
});
