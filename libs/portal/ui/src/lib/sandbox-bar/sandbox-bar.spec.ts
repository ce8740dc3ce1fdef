import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SandboxBar } from './sandbox-bar';

describe('SandboxBar', () => {
  let fixture: ComponentFixture<SandboxBar>;

  async function render(inputs: Record<string, unknown>): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    fixture = TestBed.createComponent(SandboxBar);
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

  it('links the trainer to the console', async () => {
    const element = await render({ consoleLink: true });
    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('nav a'));
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['Console du formateur', '/bac-a-sable/console'],
      ['Boîte de réception simulée', '/bac-a-sable/courriels'],
      ['Courrier simulé', '/bac-a-sable/courrier'],
    ]);
  });

  it('says whom the trainer acts as, and offers the way back', async () => {
    const element = await render({ actingAs: 'Claire Martin' });
    expect(element.querySelector('.sandbox-bar__acting p')?.textContent?.trim()).toBe(
      'Vous agissez en tant que Claire Martin',
    );
    const returned = vi.fn();
    fixture.componentInstance.returnToConsole.subscribe(returned);
    const button = element.querySelector<HTMLButtonElement>('.sandbox-bar__acting button');
    expect(button?.textContent?.trim()).toBe('Revenir à la console');
    button?.click();
    expect(returned).toHaveBeenCalledTimes(1);

    fixture.componentRef.setInput('returning', true);
    fixture.componentRef.setInput('returnFailure', 'Votre session a expiré.');
    await fixture.whenStable();
    expect(button?.disabled).toBe(true);
    expect(element.querySelector('[role="alert"]')?.textContent).toBe('Votre session a expiré.');
  });

  it('says nothing of a persona in the trainer’s own session', async () => {
    const element = await render({ actingAs: null });
    expect(element.querySelector('.sandbox-bar__acting')).toBeNull();
    expect(element.textContent).not.toContain('Revenir à la console');
  });
});
