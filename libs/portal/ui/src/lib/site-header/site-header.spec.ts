import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SiteHeader } from './site-header';

describe('SiteHeader', () => {
  async function render(): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(SiteHeader);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is the banner landmark and names the portal', async () => {
    const element = await render();
    const header = element.querySelector('header');
    expect(header).not.toBeNull();
    expect(header?.textContent).toContain('Portail Tiers');
    expect(element.querySelector('a.brand')?.getAttribute('href')).toBe('/');
  });

  it('offers « Se connecter » and « Créer votre espace »', async () => {
    const element = await render();
    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('nav a'));
    const byLabel = new Map(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')]));
    expect(byLabel.get('Se connecter')).toBe('/connexion');
    expect(byLabel.get('Créer votre espace')).toBe('/inscription');
  });
});
