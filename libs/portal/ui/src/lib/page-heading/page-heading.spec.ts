import { TestBed } from '@angular/core/testing';
import { PageHeading } from './page-heading';

describe('PageHeading', () => {
  async function render(inputs: Record<string, unknown>): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(PageHeading);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('numbers the step under the procedure’s name, above the title', async () => {
    const element = await render({ heading: 'Demande d’adhésion', caption: 'Créer votre espace', step: 4 });
    expect(element.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Créer votre espace — Étape 4');
    expect(element.querySelector('h1')?.textContent).toBe('Demande d’adhésion');
  });

  it('shows only the title when there is no caption', async () => {
    const element = await render({ heading: 'Mon profil' });
    expect(element.querySelector('p')).toBeNull();
  });
});
