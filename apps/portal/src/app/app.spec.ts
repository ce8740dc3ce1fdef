import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { type ClockState, FIRM_RIGHTS, type SessionState } from '@portail/domain';
import { App } from './app';
import { appRoutes } from './app.routes';
import { PortalTitleStrategy } from './portal-title-strategy';

const CLOCK: ClockState = {
  now: '2026-11-27T15:45:00.000Z',
  realNow: '2026-11-27T15:45:00.000Z',
  offsetMs: 0,
};

const SESSION: SessionState = {
  person: {
    id: 'p1',
    email: 'claire.martin@cabinet-martin.fr',
    civility: 'Mme',
    firstName: 'Claire',
    lastName: 'Martin',
    backofficeRole: null,
  },
  mustChangePassword: false,
  spaces: [
    { id: 's1', kind: 'tiers', name: 'Cabinet Martin', siret: '73282932000074', status: 'actif', role: 'administrateur', rights: [...FIRM_RIGHTS] },
    { id: 's2', kind: 'employeur', name: 'Martin Conseil', siret: '12345678200010', status: 'actif', role: 'administrateur', rights: [...FIRM_RIGHTS] },
  ],
  currentSpaceId: 's1',
};

describe('App (shell)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<App>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(appRoutes, withComponentInputBinding()),
        { provide: TitleStrategy, useClass: PortalTitleStrategy },
      ],
    });
    // The header's account menu is a @defer block.
    await TestBed.compileComponents();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(App);
    element = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => {
    // The header reads the count of unread messages at every page change of a signed-in person.
    answerUnread(0);
    http.verify();
  });

  function answerUnread(count: number): void {
    for (const pending of http.match('/api/messaging/unread')) {
      pending.flush({ count });
    }
  }

  function request(url: string): Promise<TestRequest> {
    return vi.waitFor(() => http.expectOne(url));
  }

  /** The clock and the session, as every page load reads them. */
  async function start(session: SessionState | null = null): Promise<void> {
    (await request('/api/sandbox/clock')).flush(CLOCK);
    const sessionRequest = await request('/api/auth/session');
    if (session) {
      sessionRequest.flush(session);
    } else {
      sessionRequest.flush({ statusCode: 401, message: 'Non connecté.' }, { status: 401, statusText: 'Unauthorized' });
    }
    await fixture.whenStable();
  }

  async function navigate(url: string): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
  }

  it('lays out the sandbox bar, the header, the page and the footer, in that order', async () => {
    await start();
    await navigate('/');

    const order = Array.from(element.children, (child) => child.tagName.toLowerCase());
    expect(order).toEqual(['a', 'pt-sandbox-bar', 'pt-site-header', 'div', 'pt-site-footer']);
    expect(element.querySelector('header')?.textContent).toContain('Portail Tiers');
    expect(element.querySelector('footer')?.textContent).toContain('3698');
    // The lazy home page is inside main.
    expect(element.querySelector('main pt-home-page h1')).not.toBeNull();
  });

  it('gives the sandbox bar the sandbox time', async () => {
    await start();
    expect(element.querySelector('pt-sandbox-bar time')?.textContent?.trim()).toBe('ven. 27 nov. 2026, 16:45');
  });

  it('keeps the page working when the clock is unavailable', async () => {
    (await request('/api/sandbox/clock')).error(new ProgressEvent('error'), { status: 0 });
    (await request('/api/auth/session')).error(new ProgressEvent('error'), { status: 0 });
    await navigate('/');
    expect(element.querySelector('pt-sandbox-bar')?.textContent).toContain('horloge indisponible');
    expect(element.querySelector('main h1')).not.toBeNull();
    // An API out of reach leaves the visitor anonymous.
    expect(element.querySelector('header nav')?.textContent).toContain('Se connecter');
  });

  it('shows no sandbox at all when the API runs without it', async () => {
    (await request('/api/sandbox/clock')).flush(
      { statusCode: 404, message: 'Cannot GET /api/sandbox/clock' },
      { status: 404, statusText: 'Not Found' },
    );
    (await request('/api/auth/session')).flush(
      { statusCode: 401, message: 'Non connecté.' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();
    expect(element.querySelector('pt-sandbox-bar')).toBeNull();

    await navigate('/bac-a-sable/courriels');
    expect(element.querySelector('main h1')?.textContent).toBe('Page introuvable');
    expect(TestBed.inject(Router).url).toBe('/bac-a-sable/courriels');
  });

  it('says whom the trainer acts as, and brings them back to the console', async () => {
    const trainer: SessionState = {
      person: { ...SESSION.person, id: 'p-formateur', firstName: 'Thomas', lastName: 'Roux', backofficeRole: 'formateur' },
      mustChangePassword: false,
      spaces: [],
      currentSpaceId: null,
      actingTrainer: null,
    };
    await start({ ...SESSION, actingTrainer: { name: 'Thomas Roux' } });
    await navigate('/profil');
    const bar = element.querySelector('pt-sandbox-bar') as HTMLElement;
    expect(bar.textContent).toContain('Vous agissez en tant que Claire Martin');
    expect(bar.textContent).not.toContain('Console du formateur');

    const back = Array.from(bar.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Revenir à la console');
    back?.click();
    (await request('/api/sandbox/personas/return')).flush({ redirectTo: '/bac-a-sable/console' });
    (await request('/api/auth/session')).flush(trainer);

    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe('/bac-a-sable/console'));
    await fixture.whenStable();
    await vi.waitFor(() => expect(element.querySelector('main h1')?.textContent).toBe('Console du formateur'));
    expect(bar.textContent).not.toContain('Vous agissez en tant que');
    expect(Array.from(bar.querySelectorAll('nav a'), (a) => a.textContent?.trim())).toContain('Console du formateur');
  });

  it('answers an unknown address with « Page introuvable »', async () => {
    await start();
    await navigate('/cette-page-n-existe-pas');
    expect(element.querySelector('main h1')?.textContent).toBe('Page introuvable');
    expect(TestBed.inject(Title).getTitle()).toBe('Page introuvable — Portail Tiers');
  });

  it('opens « Créer votre espace » on the choice of profile', async () => {
    await start();
    await navigate('/inscription');
    expect(element.querySelector('main h1')?.textContent).toBe('Sélectionnez votre profil');
    expect(TestBed.inject(Title).getTitle()).toBe('Créer votre espace — Portail Tiers');
  });

  it('sends an anonymous visitor of a private page to « Se connecter », then back', async () => {
    await start();
    await navigate('/profil');
    expect(TestBed.inject(Router).url).toBe('/connexion?retour=%2Fprofil');
    expect(element.querySelector('main h1')?.textContent).toBe('Se connecter');
  });

  it('shows the signed-in person in the header and signs out', async () => {
    await start(SESSION);
    await navigate('/profil');
    await vi.waitFor(() => expect(element.querySelector('pt-account-menu')).not.toBeNull());
    const header = element.querySelector('header');
    expect(header?.textContent).toContain('Claire Martin');
    expect(header?.textContent).toContain('Cabinet Martin');

    const logout = Array.from(header?.querySelectorAll('button') ?? []).find(
      (button) => button.textContent?.trim() === 'Se déconnecter',
    );
    logout?.click();
    const logoutRequest = await request('/api/auth/logout');
    expect(logoutRequest.request.method).toBe('POST');
    logoutRequest.flush(null, { status: 204, statusText: 'No Content' });

    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe('/'));
    await fixture.whenStable();
    expect(element.querySelector('header nav')?.textContent).toContain('Se connecter');
  });

  it('shows the « Messagerie » link and its unread count in the header, read again at each page change', async () => {
    await start(SESSION);
    await navigate('/profil');
    (await request('/api/messaging/unread')).flush({ count: 2 });
    await vi.waitFor(() => expect(element.querySelector('header a[href="/messagerie"]')).not.toBeNull());
    await fixture.whenStable();
    const link = () => element.querySelector<HTMLAnchorElement>('header a[href="/messagerie"]');
    expect(link()?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Messagerie 2');
    expect(link()?.getAttribute('aria-label')).toBe('Messagerie, 2 messages non lus');

    await navigate('/');
    (await request('/api/messaging/unread')).flush({ count: 0 });
    await vi.waitFor(() => expect(link()?.getAttribute('aria-label')).toBeNull());
    expect(link()?.textContent?.trim()).toBe('Messagerie');

    // A space whose people may not use the Messagerie (403): no link.
    await navigate('/profil');
    (await request('/api/messaging/unread')).flush(
      { statusCode: 403, message: 'Votre compte ne dispose pas du droit « Messagerie ».' },
      { status: 403, statusText: 'Forbidden' },
    );
    await vi.waitFor(() => expect(link()).toBeNull());
  });

  it('switches the space from the header and opens its home', async () => {
    await start(SESSION);
    await navigate('/profil');
    await vi.waitFor(() => expect(element.querySelector('pt-account-menu')).not.toBeNull());

    element.querySelector<HTMLButtonElement>('.account__space')?.click();
    await fixture.whenStable();
    const items = Array.from(document.querySelectorAll<HTMLButtonElement>('[mat-menu-item]'));
    items.find((item) => item.textContent?.includes('Martin Conseil'))?.click();

    const choose = await request('/api/auth/space');
    expect(choose.request.body).toEqual({ spaceId: 's2' });
    choose.flush({ ...SESSION, currentSpaceId: 's2' });

    const home = await request('/api/spaces/current');
    home.flush({ space: SESSION.spaces[1], portfolioAvailable: false });
    await vi.waitFor(() => expect(TestBed.inject(Router).url).toBe('/espace'));
    await fixture.whenStable();
    expect(element.querySelector('main h1')?.textContent).toBe('Martin Conseil');
  });

  it('moves the focus to the content with the skip link', async () => {
    await start();
    element.querySelector<HTMLAnchorElement>('.skip-link')?.click();
    expect(document.activeElement?.id).toBe('contenu');
  });

  it('moves the focus to the title of a new page', async () => {
    await start();
    await navigate('/');
    await navigate('/connexion');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Se connecter'));
    expect(document.activeElement?.tagName).toBe('H1');
  });
});
