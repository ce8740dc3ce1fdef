import { CSRF_COOKIE, CSRF_HEADER } from '@portail/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

describe('CSRF protection on every state change', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('hands out a readable, SameSite=Strict token cookie', async () => {
    const response = await request(test.http).get('/api/health').expect(200);
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((line) => line.startsWith(`${CSRF_COOKIE}=`));
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/HttpOnly/i);
  });

  it('refuses a POST without the header, in French', async () => {
    const response = await request(test.http).post('/api/auth/login').send({ identifier: 'a@b.fr', password: 'Abc12345' }).expect(403);
    expect(response.body.message).toMatch(/CSRF/);
  });

  it('refuses a header that does not match the cookie', async () => {
    await request(test.http)
      .post('/api/sandbox/clock/advance')
      .set('Cookie', `${CSRF_COOKIE}=un-jeton-de-vingt-caracteres-au-moins`)
      .set(CSRF_HEADER, 'un-autre-jeton-de-vingt-caracteres')
      .send({ hours: 1 })
      .expect(403);
  });

  it('accepts the header equal to the cookie', async () => {
    await (await test.trainer()).post('/api/sandbox/clock/advance').send({ hours: 1 }).expect(200);
  });

  it('leaves reads alone', async () => {
    await request(test.http).get('/api/sandbox/clock').expect(200);
  });
});
