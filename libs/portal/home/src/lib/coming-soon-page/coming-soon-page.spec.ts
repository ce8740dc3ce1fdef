import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ComingSoonPage } from './coming-soon-page';

describe('ComingSoonPage', () => {
  it('names the procedure, says it arrives soon and links back home', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(ComingSoonPage);
    fixture.componentRef.setInput('heading', 'Se connecter');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('h1')?.textContent).toBe('Se connecter');
    expect(element.textContent).toContain('Cette démarche sera bientôt disponible dans le portail.');
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/');
  });
});
