import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import {
  type SandboxTest,
  TRAINER_SESSION,
  linkByText,
  setUpSandboxTest,
  textOf,
} from '../testing/sandbox-testing';

describe('ConsolePage', () => {
  let test: SandboxTest;

  beforeEach(async () => {
    test = await setUpSandboxTest();
  });

  afterEach(() => test.http.verify());

  it('opens on the clock for the trainer, with the links to the simulated mail', async () => {
    const page = await test.open('/bac-a-sable/console', { session: TRAINER_SESSION });
    await test.settle();

    expect(textOf(page.querySelector('h1'))).toBe('Console du formateur');
    expect(TestBed.inject(Title).getTitle()).toBe('Console du formateur');
    expect(Array.from(page.querySelectorAll('[role="tab"]'), textOf)).toEqual([
      'Horloge',
      'Scénarios',
      'Personnages',
      'Stagiaires',
      'Incidents',
      'Questions-Réponses',
    ]);
    expect(page.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim()).toBe('Horloge');
    expect(textOf(page.querySelector('pt-clock-panel h2'))).toBe('Horloge du bac à sable');
    expect(linkByText(page, 'Boîte de réception simulée').getAttribute('href')).toBe('/bac-a-sable/courriels');
    expect(linkByText(page, 'Courrier simulé').getAttribute('href')).toBe('/bac-a-sable/courrier');
  });

  it('keeps the tab in the address, and only reads what the tab shows', async () => {
    const page = await test.open('/bac-a-sable/console?onglet=incidents', { session: TRAINER_SESSION });
    (await test.nextRequest('/api/sandbox/faults')).flush([]);
    await test.settle();
    expect(page.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim()).toBe('Incidents');

    const tabs = Array.from(page.querySelectorAll<HTMLElement>('[role="tab"]'));
    tabs[3].click();
    (await test.nextRequest('/api/sandbox/trainees')).flush([]);
    await test.settle();
    await vi.waitFor(() => expect(test.router.url).toBe('/bac-a-sable/console?onglet=stagiaires'));
    expect(textOf(page.querySelector('pt-trainees-panel h2'))).toBe('Stagiaires');
    test.http.expectNone('/api/sandbox/personas');
  });

  it('opens the « Questions-Réponses » tab from its address', async () => {
    const page = await test.open('/bac-a-sable/console?onglet=questions-reponses', { session: TRAINER_SESSION });
    (await test.nextRequest('/api/sandbox/help-votes')).flush([]);
    await test.settle();
    expect(page.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim()).toBe('Questions-Réponses');
    expect(textOf(page.querySelector('pt-help-votes-panel h2'))).toBe('Questions-Réponses');
  });

  it('is the trainer’s only: anyone else goes home', async () => {
    await test.open('/bac-a-sable/console', {
      session: { ...TRAINER_SESSION, person: { ...TRAINER_SESSION.person, backofficeRole: 'conseiller' } },
    });
    expect(test.router.url).toBe('/conseiller');
  });

  it('sends an anonymous visitor to « Se connecter »', async () => {
    await test.open('/bac-a-sable/console', { session: null });
    expect(test.router.url).toBe('/connexion?retour=%2Fbac-a-sable%2Fconsole');
  });

  it('does not exist when the sandbox is off', async () => {
    const page = await test.open('/bac-a-sable/console', { clock: 'off' });
    expect(textOf(page.querySelector('h1'))).toBe('Page introuvable');
    expect(test.router.url).toBe('/bac-a-sable/console');
    // The guard of the session never ran.
    test.http.expectNone('/api/auth/session');
  });
});
