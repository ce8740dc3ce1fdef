import type { BackofficeThreadSummary } from '@portail/domain';
import { type MessagingTest, linkByText, setUpMessagingTest, textOf } from '../testing/messaging-testing';

const LIST_URL = '/api/backoffice/messaging/threads';

const WAITING: BackofficeThreadSummary = {
  id: 'thread-1',
  subject: 'Attestation de vigilance',
  spaceId: 'space-lefebvre',
  spaceName: 'Cabinet Lefebvre',
  spaceKind: 'tiers',
  createdAt: '2026-11-27T09:00:00.000Z',
  lastMessageAt: '2026-11-27T09:00:00.000Z',
  lastMessageSide: 'espace',
  messageCount: 1,
};
const ANSWERED: BackofficeThreadSummary = {
  ...WAITING,
  id: 'thread-2',
  subject: 'Cessation d’activité',
  spaceName: 'Paul Durand',
  spaceKind: 'travailleur-independant',
  lastMessageAt: '2026-11-27T15:45:00.000Z',
  lastMessageSide: 'urssaf',
  messageCount: 2,
};

describe('BackofficeThreadsPage', () => {
  let test: MessagingTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpMessagingTest();
    page = await test.navigate('/conseiller/messagerie');
  });

  afterEach(() => test.http.verify());

  it('shows « À traiter » first, each conversation with its space', async () => {
    const request = await test.nextRequest(LIST_URL);
    expect(request.request.params.get('filter')).toBe('a-traiter');
    request.flush([WAITING]);
    await test.settle();

    expect(textOf(page.querySelector('h1'))).toBe('Messagerie');
    expect(textOf(page.querySelector('pt-backoffice-nav a[aria-current="page"]'))).toBe('Messagerie');
    expect(Array.from(page.querySelectorAll('nav.filters a'), (link) => [textOf(link), link.getAttribute('aria-current')])).toEqual([
      ['À traiter', 'page'],
      ['Toutes', null],
    ]);
    expect(textOf(page.querySelector('#conversations-titre'))).toBe('À traiter (1)');
    const item = page.querySelector('.thread');
    expect(textOf(item?.querySelector('.thread__title'))).toBe('Attestation de vigilance En attente de réponse');
    expect(textOf(item?.querySelector('.thread__space'))).toBe('Cabinet Lefebvre · Tiers mandaté');
    expect(textOf(item?.querySelector('.thread__meta'))).toBe('Dernier message de l’espace, le 27 novembre 2026 à 10:00 · 1 message');
    expect(linkByText(page, 'Attestation de vigilance').getAttribute('href')).toBe('/conseiller/messagerie/thread-1');
  });

  it('lists every conversation under « Toutes »', async () => {
    (await test.nextRequest(LIST_URL)).flush([]);
    await test.settle();
    expect(textOf(page.querySelector('.empty-state'))).toBe('Aucune conversation à traiter : chaque espace a reçu une réponse.');

    linkByText(page, 'Toutes').click();
    const request = await test.nextRequest(LIST_URL);
    expect(request.request.params.get('filter')).toBe('toutes');
    request.flush([ANSWERED, WAITING]);
    await test.settle();

    expect(test.router.url).toBe('/conseiller/messagerie?filtre=toutes');
    expect(textOf(page.querySelector('#conversations-titre'))).toBe('Toutes les conversations (2)');
    expect(Array.from(page.querySelectorAll('.thread__space'), textOf)).toEqual([
      'Paul Durand · Travailleur indépendant',
      'Cabinet Lefebvre · Tiers mandaté',
    ]);
  });
});
