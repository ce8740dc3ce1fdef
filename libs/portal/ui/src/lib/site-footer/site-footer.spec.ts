import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SiteFooter } from './site-footer';

describe('SiteFooter', () => {
  async function render(): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(SiteFooter);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('gives the assistance phone number 3698 and its hours', async () => {
    const footer = (await render()).querySelector('footer');
    const text = footer?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('Vous pouvez joindre un conseiller au 3698');
    expect(text).toContain("(Service gratuit + prix d'un appel) de 9h à 17h.");
  });

  it('links the Questions-Réponses and the change-of-situation guide', async () => {
    const links = Array.from((await render()).querySelectorAll('.site-footer__assistance a'), (link) => [link.textContent?.trim(), link.getAttribute('href')]);
    expect(links).toEqual([
      ['Questions-Réponses', '/aide'],
      ['Signaler un changement de situation', '/aide/changement-de-situation'],
    ]);
  });

  it('says this is a training simulation, not the real Urssaf', async () => {
    const text = (await render()).textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('simulation destinée à la formation');
    expect(text).toContain("Ce n'est pas le site de l'Urssaf");
  });
});
