import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionStore } from '../session/session-store';
import { aSession, apiError } from '../testing/identity-testing';
import { UnreadMessagesStore } from './unread-messages-store';

@Component({ template: '' })
class AnyPage {}

const UNREAD_URL = '/api/messaging/unread';

describe('UnreadMessagesStore', () => {
  let http: HttpTestingController;
  let store: UnreadMessagesStore;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', component: AnyPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(UnreadMessagesStore);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  async function signIn(session: ReturnType<typeof aSession> | null): Promise<void> {
    const loaded = TestBed.inject(SessionStore).ensureLoaded();
    const request = http.expectOne('/api/auth/session');
    if (session) {
      request.flush(session);
    } else {
      request.flush(...apiError(401, 'Non connecté.'));
    }
    await loaded;
  }

  const unreadRequest = () => vi.waitFor(() => http.expectOne(UNREAD_URL));

  it('reads the count at each page change once signed in with a current space', async () => {
    await signIn(aSession());
    expect(store.count()).toBeNull();

    await router.navigateByUrl('/messagerie');
    (await unreadRequest()).flush({ count: 2 });
    await vi.waitFor(() => expect(store.count()).toBe(2));

    await router.navigateByUrl('/portefeuille');
    (await unreadRequest()).flush({ count: 0 });
    await vi.waitFor(() => expect(store.count()).toBe(0));
  });

  it('waits for the session, and asks nothing of an anonymous visitor nor without a current space', async () => {
    const navigation = router.navigateByUrl('/');
    await signIn(null);
    await navigation;
    await new Promise((resolve) => setTimeout(resolve));
    http.expectNone(UNREAD_URL);
    expect(store.count()).toBeNull();

    TestBed.inject(SessionStore).clear();
    await store.refresh();
    http.expectNone(UNREAD_URL);
  });

  it('asks nothing while the password must be changed, nor of the Urssaf’s staff without a space', async () => {
    await signIn(aSession({ mustChangePassword: true }));
    await store.refresh();
    http.expectNone(UNREAD_URL);
    expect(store.count()).toBeNull();
  });

  it('hides the link when the API refuses the Messagerie (403), and keeps the count when the API is out of reach', async () => {
    await signIn(aSession());
    const first = store.refresh();
    (await unreadRequest()).flush({ count: 3 });
    await first;
    expect(store.count()).toBe(3);

    const unreachable = store.refresh();
    (await unreadRequest()).error(new ProgressEvent('error'), { status: 0 });
    await unreachable;
    expect(store.count()).toBe(3);

    const refused = store.refresh();
    (await unreadRequest()).flush(
      ...apiError(403, 'Votre compte ne dispose pas du droit « Messagerie » : demandez-le à l’administrateur de votre espace.'),
    );
    await refused;
    expect(store.count()).toBeNull();
  });

  it('keeps the answer to the latest read only', async () => {
    await signIn(aSession());
    const older = store.refresh();
    const newer = store.refresh();
    const [slow, fast] = await vi.waitFor(() => {
      const requests = http.match(UNREAD_URL);
      expect(requests).toHaveLength(2);
      return requests;
    });
    fast.flush({ count: 0 });
    await newer;
    slow.flush({ count: 5 });
    await older;
    expect(store.count()).toBe(0);
  });
});
