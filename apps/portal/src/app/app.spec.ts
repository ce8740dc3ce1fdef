import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import type { ClockState } from '@portail/domain';
import { App } from './app';
import { appRoutes } from './app.routes';
import { PortalTitleStrategy } from './portal-title-strategy';

const CLOCK: ClockState = {
  now: '2026-11-27T15:45:00.000Z',
  realNow: '2026-11-27T15:45:00.000Z',
  offsetMs: 0,
};

describe('App (shell)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<App>;
  let element: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(appRoutes, withComponentInputBinding()),
        { provide: TitleStrategy, useClass: PortalTitleStrategy },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(App);
    element = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  function clockRequest(): Promise<TestRequest> {
    return vi.waitFor(() => http.expectOne('/api/sandbox/clock'));
  }

  async function navigate(url: string): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
  }

  it('lays out the sandbox bar, the header, the page and the footer, in that order', async () => {
    (await clockRequest()).flush(CLOCK);
    await navigate('/');

    const order = Array.from(element.children, (child) => child.tagName.toLowerCase());
    expect(order).toEqual(['a', 'pt-sandbox-bar', 'pt-site-header', 'main', 'pt-site-footer']);
    expect(element.querySelector('header')?.textContent).toContain('Portail Tiers');
    expect(element.querySelector('footer')?.textContent).toContain('3698');
    // The lazy home page is inside main.
    expect(element.querySelector('main pt-home-page h1')).not.toBeNull();
  });

  it('gives the sandbox bar the sandbox time', async () => {
    (await clockRequest()).flush(CLOCK);
    await fixture.whenStable();
    expect(element.querySelector('pt-sandbox-bar time')?.textContent?.trim()).toBe('ven. 27 nov. 2026, 16:45');
  });

  it('keeps the page working when the clock is unavailable', async () => {
    (await clockRequest()).error(new ProgressEvent('error'), { status: 0 });
    await navigate('/');
    expect(element.querySelector('pt-sandbox-bar')?.textContent).toContain('horloge indisponible');
    expect(element.querySelector('main h1')).not.toBeNull();
  });

  it('answers an unknown address with « Page introuvable »', async () => {
    (await clockRequest()).flush(CLOCK);
    await navigate('/cette-page-n-existe-pas');
    expect(element.querySelector('main h1')?.textContent).toBe('Page introuvable');
    expect(TestBed.inject(Title).getTitle()).toBe('Page introuvable — Portail Tiers');
  });

  it('shows the placeholder of a procedure not built yet', async () => {
    (await clockRequest()).flush(CLOCK);
    await navigate('/inscription');
    expect(element.querySelector('main h1')?.textContent).toBe('Créer votre espace');
    expect(element.querySelector('main')?.textContent).toContain(
      'Cette démarche sera bientôt disponible dans le portail.',
    );
  });

  it('moves the focus to the content with the skip link', async () => {
    (await clockRequest()).flush(CLOCK);
    await fixture.whenStable();
    element.querySelector<HTMLAnchorElement>('.skip-link')?.click();
    expect(document.activeElement?.id).toBe('contenu');
  });
});
