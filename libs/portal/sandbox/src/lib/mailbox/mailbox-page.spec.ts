import type { TestRequest } from '@angular/common/http/testing';
import type { MailboxRecipient, OutboundMessagePage } from '@portail/domain';
import { type SandboxTest, setUpSandboxTest } from '../testing/sandbox-testing';

const RECIPIENTS: MailboxRecipient[] = [
  { recipient: 'claire.martin@cabinet-martin.fr', count: 2, latestAt: '2026-11-27T15:40:00.000Z' },
  { recipient: 'paul.durand@exemple.fr', count: 1, latestAt: '2026-11-26T09:00:00.000Z' },
];

const CLAIRE_PAGE: OutboundMessagePage = {
  items: [
    {
      id: 'm2',
      kind: 'email',
      recipient: 'claire.martin@cabinet-martin.fr',
      subject: 'Votre espace est activé',
      createdAt: '2026-11-27T15:40:00.000Z',
      bounced: false,
      lost: false,
    },
    {
      id: 'm1',
      kind: 'email',
      recipient: 'claire.martin@cabinet-martin.fr',
      subject: 'Validez votre adresse courriel',
      createdAt: '2026-11-27T15:30:00.000Z',
      bounced: false,
      lost: false,
    },
  ],
  nextCursor: null,
};

describe('MailboxPage', () => {
  let test: SandboxTest;

  /** The page, under `/bac-a-sable` as the app mounts it. */
  async function open(url: string): Promise<HTMLElement> {
    test = await setUpSandboxTest();
    return test.open(`/bac-a-sable${url}`);
  }

  /** The request arrives once the page's resources have run; wait for it. */
  function nextRequest(url: string): Promise<TestRequest> {
    return test.nextRequest(url);
  }

  async function settle(): Promise<void> {
    await test.settle();
  }

  afterEach(() => test.http.verify());

  it('lists the recipients with their counts and the first one’s e-mails, newest first', async () => {
    const page = await open('/courriels');

    const recipientsRequest = await nextRequest('/api/sandbox/recipients');
    expect(recipientsRequest.request.params.get('kind')).toBe('email');
    recipientsRequest.flush(RECIPIENTS);

    const messagesRequest = await nextRequest('/api/sandbox/messages');
    expect(messagesRequest.request.params.get('kind')).toBe('email');
    expect(messagesRequest.request.params.get('recipient')).toBe('claire.martin@cabinet-martin.fr');
    messagesRequest.flush(CLAIRE_PAGE);
    await settle();

    expect(page.querySelector('h1')?.textContent).toBe('Boîte de réception simulée');

    const recipients = Array.from(page.querySelectorAll<HTMLAnchorElement>('pt-recipient-list a'));
    expect(recipients.map((link) => link.querySelector('.recipient__name')?.textContent)).toEqual([
      'claire.martin@cabinet-martin.fr',
      'paul.durand@exemple.fr',
    ]);
    expect(recipients.map((link) => link.querySelector('.recipient__count')?.textContent)).toEqual(['2', '1']);
    expect(recipients[0].textContent).toContain('2 courriels');
    expect(recipients[0].getAttribute('aria-current')).toBe('true');
    expect(recipients[1].getAttribute('aria-current')).toBeNull();
    expect(recipients[1].getAttribute('href')).toBe(
      '/bac-a-sable/courriels?destinataire=paul.durand@exemple.fr',
    );

    const messages = Array.from(page.querySelectorAll<HTMLAnchorElement>('pt-message-list a'));
    expect(messages.map((link) => link.querySelector('.message-row__subject')?.textContent)).toEqual([
      'Votre espace est activé',
      'Validez votre adresse courriel',
    ]);
    expect(messages[0].getAttribute('href')).toBe('/bac-a-sable/courriels/m2');
    expect(messages[0].querySelector('time')?.textContent?.trim()).toBe('27 novembre 2026 à 16:40');
  });

  it('shows the recipient named in the address bar', async () => {
    const page = await open('/courriels?destinataire=paul.durand@exemple.fr');
    (await nextRequest('/api/sandbox/recipients')).flush(RECIPIENTS);

    const messagesRequest = await nextRequest('/api/sandbox/messages');
    expect(messagesRequest.request.params.get('recipient')).toBe('paul.durand@exemple.fr');
    messagesRequest.flush({ items: [], nextCursor: null });
    await settle();

    expect(page.querySelector('[aria-current="true"] .recipient__name')?.textContent).toBe('paul.durand@exemple.fr');
    expect(page.querySelector('pt-message-list .empty-state')?.textContent).toBe('Aucun courriel pour le moment.');
  });

  it('says when there is no e-mail at all', async () => {
    const page = await open('/courriels');
    (await nextRequest('/api/sandbox/recipients')).flush([]);
    await settle();

    expect(page.querySelector('.empty-state')?.textContent).toBe('Aucun courriel pour le moment.');
    expect(page.querySelector('pt-recipient-list')).toBeNull();
  });

  it('shows the letters under « Courrier simulé »', async () => {
    const page = await open('/courrier');
    const request = await nextRequest('/api/sandbox/recipients');
    expect(request.request.params.get('kind')).toBe('letter');
    request.flush([]);
    await settle();

    expect(page.querySelector('h1')?.textContent).toBe('Courrier simulé');
    expect(page.querySelector('.empty-state')?.textContent).toBe('Aucun courrier pour le moment.');
  });

  it('shows the API’s message when loading fails, and tries again', async () => {
    const page = await open('/courriels');
    (await nextRequest('/api/sandbox/recipients')).flush(
      { statusCode: 503, message: 'La base de données du bac à sable est indisponible.' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await settle();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'La base de données du bac à sable est indisponible.',
    );

    const retry = Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Réessayer');
    retry?.click();
    (await nextRequest('/api/sandbox/recipients')).flush([]);
    await settle();
    expect(page.querySelector('[role="alert"]')).toBeNull();
    expect(page.querySelector('.empty-state')).not.toBeNull();
  });

  it('appends older e-mails on demand', async () => {
    const page = await open('/courriels');
    (await nextRequest('/api/sandbox/recipients')).flush(RECIPIENTS);
    (await nextRequest('/api/sandbox/messages')).flush({ items: CLAIRE_PAGE.items.slice(0, 1), nextCursor: 'c-1' });
    await settle();

    const older = page.querySelector<HTMLButtonElement>('.messages__older');
    expect(older?.textContent?.trim()).toBe('Afficher les messages plus anciens');
    older?.click();

    const olderRequest = await nextRequest('/api/sandbox/messages');
    expect(olderRequest.request.params.get('before')).toBe('c-1');
    olderRequest.flush({ items: CLAIRE_PAGE.items.slice(1), nextCursor: null });
    await settle();

    expect(Array.from(page.querySelectorAll('.message-row__subject'), (s) => s.textContent)).toEqual([
      'Votre espace est activé',
      'Validez votre adresse courriel',
    ]);
    expect(page.querySelector('.messages__older')).toBeNull();
  });

  it('marks the e-mails that bounced and the letters that were lost', async () => {
    const page = await open('/courriels');
    (await nextRequest('/api/sandbox/recipients')).flush(RECIPIENTS);
    (await nextRequest('/api/sandbox/messages')).flush({
      items: [{ ...CLAIRE_PAGE.items[0], bounced: true }, CLAIRE_PAGE.items[1]],
      nextCursor: null,
    });
    await settle();

    const rows = Array.from(page.querySelectorAll('.message-row'));
    expect(rows[0].querySelector('.message-row__badge')?.textContent).toBe('Non distribué');
    expect(rows[1].querySelector('.message-row__badge')).toBeNull();
  });

  it('marks a lost letter « Perdu »', async () => {
    const page = await open('/courrier');
    (await nextRequest('/api/sandbox/recipients')).flush([
      { recipient: 'Marie DUPONT', count: 1, latestAt: '2026-11-27T15:40:00.000Z' },
    ]);
    (await nextRequest('/api/sandbox/messages')).flush({
      items: [{ ...CLAIRE_PAGE.items[0], kind: 'letter', recipient: 'Marie DUPONT', lost: true }],
      nextCursor: null,
    });
    await settle();
    expect(page.querySelector('.message-row__badge')?.textContent).toBe('Perdu');
  });
});
