import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { OutboundMessageDetail } from '@portail/domain';
import { sandboxRoutes } from '../sandbox.routes';

const MESSAGE: OutboundMessageDetail = {
  id: 'm 1',
  kind: 'email',
  recipient: 'claire.martin@cabinet-martin.fr',
  subject: 'Validez votre adresse courriel',
  createdAt: '2026-11-27T15:30:00.000Z',
  body: 'Bonjour,',
  links: [],
  postalAddress: null,
  relatedEntityType: null,
  relatedEntityId: null,
};

describe('MessagePage', () => {
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

  function nextRequest(url: string): Promise<TestRequest> {
    return vi.waitFor(() => http.expectOne(url));
  }

  afterEach(() => http.verify());

  it('loads the message of the address and links back to its recipient', async () => {
    const page = await open('/courriels/m%201');
    (await nextRequest('/api/sandbox/messages/m%201')).flush(MESSAGE);
    await harness.fixture.whenStable();

    expect(page.querySelector('h1')?.textContent).toBe('Validez votre adresse courriel');
    const back = page.querySelector('.message-page__back a');
    expect(back?.textContent?.trim()).toBe('← Retour à la boîte de réception');
    expect(back?.getAttribute('href')).toBe(
      '/bac-a-sable/courriels?destinataire=claire.martin@cabinet-martin.fr',
    );
  });

  it('shows the API’s message when the message does not exist', async () => {
    const page = await open('/courrier/inconnu');
    (await nextRequest('/api/sandbox/messages/inconnu')).flush(
      { statusCode: 404, message: 'Ce message n’existe pas.' },
      { status: 404, statusText: 'Not Found' },
    );
    await harness.fixture.whenStable();

    expect(page.querySelector('h1')?.textContent).toBe('Message indisponible');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Ce message n’existe pas.');
    expect(page.querySelector('.message-page__back a')?.textContent?.trim()).toBe('← Retour au courrier simulé');
  });
});
