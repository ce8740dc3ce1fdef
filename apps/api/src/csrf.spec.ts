import { CSRF_COOKIE, CSRF_HEADER } from '@portail/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

const CSRF_REFUSAL = {
  statusCode: 403,
  message: 'Jeton de sécurité manquant ou invalide (CSRF) : rechargez la page puis réessayez.',
};

// createTestApp serves a portal, as main.ts does: the refusal must not turn into the portal's 404.
describe('CSRF protection on every state change, the portal served', () => {
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
    expect(response.body).toEqual(CSRF_REFUSAL);
  });

  it('refuses before reading the body: a malformed one changes nothing', async () => {
    const response = await request(test.http).post('/api/auth/login').set('content-type', 'application/json').send('{"identifier":,').expect(403);
    expect(response.body).toEqual(CSRF_REFUSAL);
  });

  it('refuses a state change outside /api too', async () => {
    const response = await request(test.http).delete('/portefeuille/xyz').expect(403);
    expect(response.body).toEqual(CSRF_REFUSAL);
  });

  it('refuses a header that does not match the cookie', async () => {
    const response = await request(test.http)
      .post('/api/sandbox/clock/advance')
      .set('Cookie', `${CSRF_COOKIE}=un-jeton-de-vingt-caracteres-au-moins`)
      .set(CSRF_HEADER, 'un-autre-jeton-de-vingt-caracteres')
      .send({ hours: 1 })
      .expect(403);
    expect(response.body).toEqual(CSRF_REFUSAL);
  });

  it('accepts the header equal to the cookie', async () => {
    await (await test.trainer()).post('/api/sandbox/clock/advance').send({ hours: 1 }).expect(200);
    const response = await test.api.post('/api/auth/login').send({ identifier: 'personne@exemple.fr', password: 'Faux1234' }).expect(401);
    expect(response.body).toEqual({ statusCode: 401, message: 'Identifiant ou mot de passe incorrect.' });
  });

  it('leaves reads alone', async () => {
    await request(test.http).get('/api/sandbox/clock').expect(200);
  });
});
