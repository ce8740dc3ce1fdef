import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionStore } from '@portail/portal-identity';
import { SandboxMode } from '@portail/portal-ui';
import { HomePage } from './home-page';

describe('HomePage', () => {
  async function render(signedIn = false, sandbox: boolean | null = true): Promise<HTMLElement> {
    const session = { session: signal(signedIn ? { person: {} } : null), homeUrl: signal(signedIn ? '/espace' : '/') };
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: SessionStore, useValue: session }] });
    if (sandbox !== null) TestBed.inject(SandboxMode).report(sandbox);
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('has one main heading', async () => {
    const element = await render();
    expect(element.querySelectorAll('h1')).toHaveLength(1);
  });

  it('lists the four procedures the portal reproduces', async () => {
    const element = await render();
    const titles = Array.from(element.querySelectorAll('.procedure h3'), (h) => h.textContent?.trim());
    expect(titles).toEqual([
      'Créer votre espace en tant que Tiers mandaté',
      'Ajouter un client à votre portefeuille',
      'Gérer les comptes de vos collaborateurs',
      'Transférer un portefeuille',
    ]);
  });

  it('calls to action: create a space, sign in, open the simulated mailbox', async () => {
    const element = await render();
    const hrefs = new Map(
      Array.from(element.querySelectorAll<HTMLAnchorElement>('a'), (a) => [a.textContent?.trim(), a.getAttribute('href')]),
    );
    expect(hrefs.get('Créer votre espace')).toBe('/inscription');
    expect(hrefs.get('Se connecter')).toBe('/connexion');
    expect(hrefs.get('Ouvrir la boîte de réception simulée')).toBe('/bac-a-sable/courriels');
  });

  it('offers a signed-in person their space instead of « Se connecter »', async () => {
    const element = await render(true);
    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('.hero__actions a'), (a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([['Accéder à mon espace', '/espace']]);
  });

  it('says nothing of the sandbox when it is off (SANDBOX=false)', async () => {
    const element = await render(false, false);
    expect(element.textContent).not.toContain('bac à sable');
    expect(element.querySelector('a[href^="/bac-a-sable"]')).toBeNull();
    expect(element.querySelector('h1')).not.toBeNull();
  });
});
