import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SandboxBar } from './sandbox-bar';

describe('SandboxBar', () => {
  async function render(inputs: { now?: Date | null; unavailable?: boolean }): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(SandboxBar);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the sandbox time formatted in French', async () => {
    const element = await render({ now: new Date('2026-11-27T15:45:00.000Z') });
    const time = element.querySelector('time');
    expect(time?.textContent?.trim()).toBe('ven. 27 nov. 2026, 16:45');
    expect(time?.getAttribute('datetime')).toBe('2026-11-27T15:45:00.000Z');
    expect(element.textContent).toContain('Bac à sable');
    expect(element.textContent).not.toContain('horloge indisponible');
  });

  it('says the clock is unavailable instead of showing a time', async () => {
    const element = await render({ now: null, unavailable: true });
    expect(element.querySelector('time')).toBeNull();
    expect(element.textContent).toContain('horloge indisponible');
  });

  it('shows neither time nor warning while the clock loads', async () => {
    const element = await render({});
    expect(element.querySelector('time')).toBeNull();
    expect(element.textContent).not.toContain('horloge indisponible');
  });

  it('links to the simulated mailbox and letters', async () => {
    const element = await render({});
    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('nav a'));
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['Boîte de réception simulée', '/bac-a-sable/courriels'],
      ['Courrier simulé', '/bac-a-sable/courrier'],
    ]);
  });
});
