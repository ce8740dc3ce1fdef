import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HttpClient } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';
import { aSession, apiError } from '../testing/identity-testing';
import { sessionExpiryInterceptor } from './session-expiry.interceptor';
import { SessionStore } from './session-store';

describe('SessionStore', () => {
  let http: HttpTestingController;
  let store: SessionStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([sessionExpiryInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(SessionStore);
  });

  afterEach(() => http.verify());

  it('reads the session once; 401 is an anonymous visitor', async () => {
    expect(store.loaded()).toBe(false);
    const first = store.ensureLoaded();
    const second = store.ensureLoaded();
    http.expectOne('/api/auth/session').flush(...apiError(401, 'Non connecté.'));
    expect(await first).toBeNull();
    expect(await second).toBeNull();
    expect(store.loaded()).toBe(true);
    expect(await store.ensureLoaded()).toBeNull();
    http.expectNone('/api/auth/session');
  });

  it('keeps the session the API answers, and its current space', async () => {
    const loaded = store.ensureLoaded();
    http.expectOne('/api/auth/session').flush(aSession());
    await loaded;
    expect(store.session()?.person.firstName).toBe('Claire');
    expect(store.currentSpace()?.name).toBe('Cabinet Martin');
    expect(store.homeUrl()).toBe('/espace');
  });

  it('replaces the session on login, space choice and password change', async () => {
    const login = store.login({ identifier: 'claire@cabinet-martin.fr', password: 'abcd1234' });
    http.expectOne('/api/auth/login').flush(aSession({ mustChangePassword: true }));
    await login;
    expect(store.homeUrl()).toBe('/mot-de-passe/changer');

    const change = store.changePassword({ currentPassword: 'abcd1234', newPassword: 'efgh5678' });
    http.expectOne('/api/auth/password').flush(aSession({ currentSpaceId: null, spaces: [] }));
    await change;
    expect(store.session()?.mustChangePassword).toBe(false);

    const choose = store.chooseSpace('space-martin');
    const request = http.expectOne('/api/auth/space');
    expect(request.request.body).toEqual({ spaceId: 'space-martin' });
    request.flush(aSession());
    await choose;
    expect(store.currentSpace()?.id).toBe('space-martin');
  });

  it('never lets a slow first read overwrite a login', async () => {
    const loaded = store.ensureLoaded();
    const login = store.login({ identifier: 'claire@cabinet-martin.fr', password: 'abcd1234' });
    http.expectOne('/api/auth/login').flush(aSession());
    await login;
    http.expectOne('/api/auth/session').flush(...apiError(401, 'Non connecté.'));
    await loaded;
    expect(store.session()).not.toBeNull();
  });

  it('forgets the session on logout, even when the API fails', async () => {
    const login = store.login({ identifier: 'claire@cabinet-martin.fr', password: 'abcd1234' });
    http.expectOne('/api/auth/login').flush(aSession());
    await login;

    const logout = store.logout();
    http.expectOne('/api/auth/logout').error(new ProgressEvent('error'), { status: 0 });
    await expect(logout).rejects.toBeDefined();
    expect(store.session()).toBeNull();
  });

  it('forgets a session the API says has ended (401 elsewhere)', async () => {
    const login = store.login({ identifier: 'claire@cabinet-martin.fr', password: 'abcd1234' });
    http.expectOne('/api/auth/login').flush(aSession());
    await login;

    const call = firstValueFrom(TestBed.inject(HttpClient).get('/api/spaces/current'));
    http.expectOne('/api/spaces/current').flush(...apiError(401, 'Votre session a expiré.'));
    await expect(call).rejects.toBeDefined();
    expect(store.session()).toBeNull();
  });

  it('keeps the session after a wrong login attempt (401 of the login itself)', async () => {
    const loaded = store.ensureLoaded();
    http.expectOne('/api/auth/session').flush(aSession());
    await loaded;

    const login = store.login({ identifier: 'paul@exemple.fr', password: 'wrong123' });
    http.expectOne('/api/auth/login').flush(...apiError(401, 'Identifiant ou mot de passe incorrect.'));
    await expect(login).rejects.toBeDefined();
    expect(store.session()?.person.firstName).toBe('Claire');
  });
});
