import { createTestDatabase, type TestDatabase } from '@portail/api-database/testing';
import { CSRF_COOKIE, CSRF_HEADER } from '@portail/domain';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_PORTAL_INDEX, startBuiltApp, type BuiltApp } from '../testing/start-built-app';

const NOT_FOUND = { statusCode: 404, message: 'Cette adresse ne correspond à aucune ressource du portail.' };
const CSRF_REFUSAL = { statusCode: 403, message: 'Jeton de sécurité manquant ou invalide (CSRF) : rechargez la page puis réessayez.' };

/**
 * What users run — `npm run build`, then `node dist/apps/api/main.js` serving the built portal —
 * over real HTTP. The API tests build the same application in-process; this checks the artefact.
 */
describe('the built application', () => {
  let database: TestDatabase;
  let app: BuiltApp;
  /** Headers of a browser that read the CSRF cookie, as the portal does. */
  let browser: Record<string, string>;
  const send = (path: string, init: RequestInit = {}) => fetch(`${app.baseUrl}${path}`, { redirect: 'manual', ...init });
  const post = (path: string, body: string, headers: Record<string, string> = browser) =>
    send(path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startBuiltApp({ databaseUrl: database.url, env: { SANDBOX: 'true', LOG_LEVEL: 'warn', BCRYPT_COST: '12' } });
    const health = await send('/api/health');
    const token = health.headers.getSetCookie().map((cookie) => new RegExp(`^${CSRF_COOKIE}=([^;]+)`).exec(cookie)?.[1]).find(Boolean);
    if (!token) throw new Error('the built API did not hand out a CSRF cookie');
    browser = { cookie: `${CSRF_COOKIE}=${token}`, [CSRF_HEADER]: token };
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('refuses a state change without the CSRF header, in French', async () => {
    const response = await post('/api/auth/login', '{"identifier":"a@b.fr","password":"Abc12345"}', {});
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual(CSRF_REFUSAL);
  });

  it('accepts a state change with the CSRF cookie and header', async () => {
    const response = await post('/api/auth/login', '{"identifier":"personne@exemple.fr","password":"Faux1234"}');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ statusCode: 401, message: 'Identifiant ou mot de passe incorrect.' });
  });

  it('answers 400 to malformed JSON and 413 to a body over the limit', async () => {
    const malformed = await post('/api/auth/login', '{"identifier":,');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ statusCode: 400, message: "Le corps de la requête n'est pas un JSON valide." });
    const large = await post('/api/auth/login', JSON.stringify({ identifier: 'x'.repeat(2_000_000), password: 'x' }));
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({ statusCode: 413, message: 'La requête est trop volumineuse.' });
  });

  it('answers 400 to JSON nested too deep, 100,000 levels included', async () => {
    for (const body of ['['.repeat(100_000), '{"identifier":' + '['.repeat(1_000) + ']'.repeat(1_000) + '}']) {
      const response = await post('/api/auth/login', body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ statusCode: 400, message: 'Le corps de la requête est trop profondément imbriqué.' });
    }
  });

  it('answers a French 404 JSON to an unknown API address, whatever the method', async () => {
    for (const response of [await send('/api/nexiste-pas'), await post('/api/nexiste-pas', '{}')]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual(NOT_FOUND);
    }
  });

  it("answers the portal's index.html at / and for any page of the portal", async () => {
    const index = readFileSync(BUILT_PORTAL_INDEX, 'utf8');
    for (const path of ['/', '/portefeuille/xyz', '/une/page/inconnue']) {
      const response = await send(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toBe(index);
    }
  });

  it("serves the portal's files and the API documentation", async () => {
    const script = /<script src="([^"]+\.js)"/.exec(readFileSync(BUILT_PORTAL_INDEX, 'utf8'))?.[1];
    expect(script).toBeDefined();
    const asset = await send(`/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const docs = await send('/api/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toMatch(/swagger-ui/i);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await app.stop()).toEqual({ code: 0, signal: null });
  });
});
