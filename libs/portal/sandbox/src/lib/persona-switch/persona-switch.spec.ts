import { TestBed } from '@angular/core/testing';
import { Component } from '@angular/core';
import type { SessionState } from '@portail/domain';
import { SessionStore } from '@portail/portal-identity';
import { type RoutedTest, apiError, setUpRoutedTest } from '@portail/portal-forms/testing';
import { TRAINER_SESSION } from '../testing/sandbox-testing';
import { PersonaSwitch } from './persona-switch';

@Component({ template: '<h1>Page</h1>' })
class PageStub {}

const CLAIRE_AS_PERSONA: SessionState = {
  ...TRAINER_SESSION,
  person: { ...TRAINER_SESSION.person, firstName: 'Claire', lastName: 'Martin', backofficeRole: null },
  actingTrainer: { name: 'Thomas Roux' },
};

describe('PersonaSwitch', () => {
  let test: RoutedTest;
  let personaSwitch: PersonaSwitch;

  beforeEach(async () => {
    test = await setUpRoutedTest([{ path: '**', component: PageStub }]);
    personaSwitch = TestBed.inject(PersonaSwitch);
  });

  afterEach(() => test.http.verify());

  async function signIn(session: SessionState): Promise<void> {
    const loading = TestBed.inject(SessionStore).refresh();
    (await test.nextRequest('/api/auth/session')).flush(session);
    await loading;
  }

  it('knows the trainer in their own session, and the persona they act as', async () => {
    expect(personaSwitch.isTrainer()).toBe(false);
    await signIn(TRAINER_SESSION);
    expect(personaSwitch.isTrainer()).toBe(true);
    expect(personaSwitch.actingAs()).toBeNull();

    await signIn(CLAIRE_AS_PERSONA);
    expect(personaSwitch.isTrainer()).toBe(false);
    expect(personaSwitch.actingAs()).toBe('Claire Martin');
  });

  it('returns to the console: the session is read again, then the page the API names', async () => {
    await signIn(CLAIRE_AS_PERSONA);
    const returning = personaSwitch.returnToConsole();
    expect(personaSwitch.pending()).toBe(true);
    (await test.nextRequest('/api/sandbox/personas/return', 'POST')).flush({ redirectTo: '/bac-a-sable/console' });
    (await test.nextRequest('/api/auth/session', 'GET')).flush(TRAINER_SESSION);
    await returning;

    expect(test.router.url).toBe('/bac-a-sable/console');
    expect(personaSwitch.pending()).toBe(false);
    expect(personaSwitch.actingAs()).toBeNull();
    expect(personaSwitch.returnFailure()).toBeNull();
  });

  it('never follows the API to another site', async () => {
    const acting = personaSwitch.actAs('claire');
    (await test.nextRequest('/api/sandbox/personas/claire/act-as', 'POST')).flush({ redirectTo: '//ailleurs.example' });
    (await test.nextRequest('/api/auth/session', 'GET')).flush(CLAIRE_AS_PERSONA);
    await acting;
    expect(test.router.url).toBe('/bac-a-sable/console');
  });

  it('says why the return failed', async () => {
    await signIn(CLAIRE_AS_PERSONA);
    const returning = personaSwitch.returnToConsole();
    (await test.nextRequest('/api/sandbox/personas/return', 'POST')).flush(
      ...apiError(409, 'Cette session n’a pas été ouverte depuis la console du formateur.'),
    );
    await returning;
    expect(personaSwitch.returnFailure()).toBe('Cette session n’a pas été ouverte depuis la console du formateur.');
    expect(personaSwitch.pending()).toBe(false);
  });
});
