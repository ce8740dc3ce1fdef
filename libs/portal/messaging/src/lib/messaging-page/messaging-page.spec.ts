import type { MessageThreadSummary } from '@portail/domain';
import { type MessagingTest, apiError, linkByText, setUpMessagingTest, textOf } from '../testing/messaging-testing';

const LIST_URL = '/api/messaging/threads';

const ANSWERED: MessageThreadSummary = {
  id: 'thread-1',
  subject: 'Attestation de vigilance',
  createdAt: '2026-11-27T09:00:00.000Z',
  lastMessageAt: '2026-11-27T15:45:00.000Z',
  lastMessageSide: 'urssaf',
  messageCount: 2,
  unreadCount: 1,
};
const WAITING: MessageThreadSummary = {
  ...ANSWERED,
  id: 'thread-2',
  subject: 'Délai de paiement',
  lastMessageAt: '2026-11-26T08:30:00.000Z',
  lastMessageSide: 'espace',
  messageCount: 1,
  unreadCount: 0,
};

describe('MessagingPage', () => {
  let test: MessagingTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpMessagingTest();
    await test.signIn();
    page = await test.navigate('/messagerie');
  });

  afterEach(() => {
    test.answerUnread(0);
    test.http.verify();
  });

  it('shows the seed’s wording, the contact channels and the space it is in', async () => {
    (await test.nextRequest(LIST_URL)).flush([]);
    await test.settle();

    expect(textOf(page.querySelector('h1'))).toBe('Messagerie');
    expect(textOf(page.querySelector('.page-heading__caption'))).toBe('Cabinet Lefebvre');
    const text = textOf(page);
    for (const sentence of [
      'Cet écran affiche vos derniers échanges avec votre Urssaf ainsi que les canaux de contact mis à votre disposition.',
      'Vous pouvez joindre un conseiller au 3698 (Service gratuit + prix d’un appel) de 9h à 17h.',
      'Il s’agit du numéro unique dédié aux travailleurs indépendants pour toutes les questions, y compris pour vous assister en cas de problème sur votre espace.',
      "Elle est ainsi plus sécurisée et vous permet d'accéder à l'historique de vos échanges avec l'Urssaf.",
    ]) {
      expect(text).toContain(sentence);
    }
    expect(Array.from(page.querySelectorAll('h2'), textOf)).toEqual(['Vos échanges avec votre Urssaf', 'Nous contacter']);
    expect(textOf(page.querySelector('.empty-state'))).toContain('Vous n’avez encore échangé aucun message avec votre Urssaf.');
    expect(linkByText(page, 'Nouveau message').getAttribute('href')).toBe('/messagerie/nouveau');
  });

  it('lists the conversations, the unread ones marked in words', async () => {
    (await test.nextRequest(LIST_URL)).flush([ANSWERED, WAITING]);
    await test.settle();

    const items = Array.from(page.querySelectorAll('.thread'));
    expect(items.map((item) => textOf(item.querySelector('.thread__title')))).toEqual([
      'Attestation de vigilance 1 message non lu',
      'Délai de paiement',
    ]);
    expect(textOf(items[0].querySelector('.thread__meta'))).toBe(
      'Dernier message : Votre Urssaf, le 27 novembre 2026 à 16:45 · 2 messages',
    );
    expect(textOf(items[1].querySelector('.thread__meta'))).toBe('Dernier message : Vous, le 26 novembre 2026 à 09:30 · 1 message');
    expect(linkByText(page, 'Attestation de vigilance').getAttribute('href')).toBe('/messagerie/thread-1');
  });

  it('shows the API’s sentence to a collaborator without the right, and still the contact channels', async () => {
    (await test.nextRequest(LIST_URL)).flush(
      ...apiError(403, 'Votre compte ne dispose pas du droit « Messagerie » : demandez-le à l’administrateur de votre espace.'),
    );
    await test.settle();

    expect(textOf(page.querySelector('[role="alert"]'))).toBe(
      'Votre compte ne dispose pas du droit « Messagerie » : demandez-le à l’administrateur de votre espace.',
    );
    expect(Array.from(page.querySelectorAll('a'), textOf)).not.toContain('Nouveau message');
    expect(textOf(page)).toContain('Vous pouvez joindre un conseiller au 3698');
  });
});
