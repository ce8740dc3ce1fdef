import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MailboxRecipient, OutboundMessagePage } from '@portail/domain';
import { sandboxRoutes } from '../sandbox.routes';

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
    },
    {
      id: 'm1',
      kind: 'email',
      recipient: 'claire.martin@cabinet-martin.fr',
      subject: 'Validez votre adresse courriel',
      createdAt: '2026-11-27T15:30:00.000Z',
    },
  ],
  nextCursor: null,
};

describe('MailboxPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(sandboxRoutes, withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return harness.routeNativeElement as HTMLElement;
  }

  /** The request arrives once the page's resources have run; wait for it. */
  function nextRequest(url: string): Promise<TestRequest> {
    return vi.waitFor(() => http.expectOne((request) => request.url === url));
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

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
});
