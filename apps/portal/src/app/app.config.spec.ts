import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CSRF_COOKIE, CSRF_HEADER } from '@portail/domain';
import { firstValueFrom } from 'rxjs';
import { appConfig } from './app.config';

describe('appConfig', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    document.cookie = `${CSRF_COOKIE}=jeton-123; path=/`;
  });

  afterEach(() => {
    document.cookie = `${CSRF_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    http.verify();
  });

  it('copies the pt_csrf cookie into X-CSRF-Token on every state-changing request', async () => {
    const client = TestBed.inject(HttpClient);
    const post = firstValueFrom(client.post('/api/auth/logout', {}));
    const request = http.expectOne('/api/auth/logout');
    expect(CSRF_HEADER).toBe('X-CSRF-Token');
    expect(request.request.headers.get(CSRF_HEADER)).toBe('jeton-123');
    request.flush(null);
    await post;

    const get = firstValueFrom(client.get('/api/auth/session'));
    const read = http.expectOne('/api/auth/session');
    expect(read.request.headers.has(CSRF_HEADER)).toBe(false);
    read.flush({});
    await get;
  });
});
