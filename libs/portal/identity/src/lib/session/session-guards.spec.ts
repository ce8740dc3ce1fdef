import { TestBed } from '@angular/core/testing';
import { Component } from '@angular/core';
import type { Routes } from '@angular/router';
import { PortalTest, aSession, setUpPortalTest } from '../testing/identity-testing';
import { SessionStore } from './session-store';
import { requireBackoffice, requireCurrentSpaceWithFreshRights, requirePasswordChanged, requireSession } from './session-guards';

@Component({ selector: 'pt-test-page', template: '<h1>Page</h1>' })
class TestPage {}

const ROUTES: Routes = [
  { path: 'prive', canActivate: [requireSession], component: TestPage },
  { path: 'espace', canActivate: [requirePasswordChanged], component: TestPage },
  { path: 'conseiller', canActivate: [requireBackoffice('conseiller')], component: TestPage },
  { path: 'portefeuille', canActivate: [requireCurrentSpaceWithFreshRights], component: TestPage },
  { path: 'connexion', component: TestPage },
  { path: 'mot-de-passe/changer', component: TestPage },
];

describe('session guards', () => {
  let test: PortalTest;

  beforeEach(async () => {
    test = await setUpPortalTest(ROUTES);
  });

  afterEach(() => test.http.verify());

  it('requireSession sends an anonymous visitor to « Se connecter » with the return URL', async () => {
    await test.signIn(null);
    await test.navigate('/prive?onglet=2');
    expect(test.router.url).toBe('/connexion?retour=%2Fprive%3Fonglet%3D2');
  });

  it('requireSession waits for the first read of the session', async () => {
    const navigation = test.navigate('/prive');
    (await test.nextRequest('/api/auth/session')).flush(aSession());
    await navigation;
    expect(test.router.url).toBe('/prive');
  });

  it('requirePasswordChanged sends a provisional password to its change', async () => {
    await test.signIn(aSession({ mustChangePassword: true }));
    await test.navigate('/espace');
    expect(test.router.url).toBe('/mot-de-passe/changer');
  });

  it('requireBackoffice lets a conseiller in and sends the others home', async () => {
    const conseiller = aSession();
    conseiller.person.backofficeRole = 'conseiller';
    await test.signIn(conseiller);
    await test.navigate('/conseiller');
    expect(test.router.url).toBe('/conseiller');
  });

  it('requireBackoffice refuses an accountant', async () => {
    await test.signIn(aSession());
    await test.navigate('/conseiller');
    expect(test.router.url).toBe('/espace');
  });

  it('requireCurrentSpaceWithFreshRights reads the session again on entering: rights changed meanwhile show', async () => {
    await test.signIn(aSession());
    const navigation = test.navigate('/portefeuille');
    const reread = await test.nextRequest('/api/auth/session');
    const narrowed = aSession();
    narrowed.spaces = narrowed.spaces.map((space) => ({ ...space, role: 'collaborateur', rights: ['consultation-cotisations'] }));
    reread.flush(narrowed);
    await navigation;
    expect(test.router.url).toBe('/portefeuille');
    expect(TestBed.inject(SessionStore).currentSpace()?.rights).toEqual(['consultation-cotisations']);
  });

  it('requireCurrentSpaceWithFreshRights sends to « Se connecter » an access ended meanwhile', async () => {
    await test.signIn(aSession());
    const navigation = test.navigate('/portefeuille');
    (await test.nextRequest('/api/auth/session')).flush({ statusCode: 401, message: 'Vous devez vous connecter.' }, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    expect(test.router.url).toBe('/connexion?retour=%2Fportefeuille');
  });
});
