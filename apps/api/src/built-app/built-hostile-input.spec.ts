import { createTestDatabase, type TestDatabase } from '@portail/api-database/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attackEveryEndpoint, type HostileTally, logIn, type OpenApiDocument, summaryOf, viaHttp } from '../testing/hostile-inputs';
import { startBuiltApp, type BuiltApp } from '../testing/start-built-app';

const ATTACK_TIMEOUT = 240_000;
const keepsSession = ({ path }: { path: string }) => path === '/api/auth/logout' || path === '/api/auth/login';

/**
 * The hostile-input classes of hostile-input.spec.ts, thrown over real HTTP at the built app as
 * users start it (`node dist/apps/api/main.js`, the built portal served): whatever differs between
 * the in-process app and the artefact — body parsing, the static portal, Node's own HTTP server —
 * must not turn bad input into a 5xx or an English refusal either.
 */
describe('hostile input on every endpoint of the built app', () => {
  let database: TestDatabase;
  let app: BuiltApp;
  let document: OpenApiDocument;
  const tally: HostileTally = new Map();

  beforeAll(async () => {
    database = await createTestDatabase();
    // Many logins come from one address here: the per-address limit would only answer 429 sooner.
    app = await startBuiltApp({ databaseUrl: database.url, env: { SANDBOX: 'true', LOG_LEVEL: 'warn', LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '100000' } });
    // The document the built app serves, so that the attack follows what is deployed.
    document = (await (await fetch(`${app.baseUrl}/api/docs-json`)).json()) as OpenApiDocument;
  });
  afterAll(async () => {
    console.log(summaryOf(tally).map((line) => `hostile input (built app), ${line}`).join('\n'));
    await app?.stop();
    await database?.drop();
  });

  it('serves its OpenAPI document with the endpoints to attack', () => {
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/portfolio/clients', '/api/sandbox/messages']));
  });

  it('never answers 5xx to an anonymous visitor, always a French message on 4xx', { timeout: ATTACK_TIMEOUT }, async () => {
    await attackEveryEndpoint({ document, send: viaHttp(app.baseUrl), tally });
  });

  it('never answers 5xx to a logged-in accountant either', { timeout: ATTACK_TIMEOUT }, async () => {
    const send = viaHttp(app.baseUrl);
    await logIn(send, '44306184100013', 'Bilan024');
    await attackEveryEndpoint({ document, send, tally, skip: keepsSession });
    expect((await send({ method: 'get', path: '/api/portfolio/summary' })).status).toBe(200);
  });

  it('never answers 5xx to the Formateur either', { timeout: ATTACK_TIMEOUT }, async () => {
    const send = viaHttp(app.baseUrl);
    await logIn(send, 'formateur@portail-tiers.test', 'Former024');
    await attackEveryEndpoint({ document, send, tally, skip: keepsSession });
    expect((await send({ method: 'get', path: '/api/sandbox/personas' })).status).toBe(200);
  });

  it('answers a request whose headers are too large with a French refusal, not an empty one', async () => {
    const response = await fetch(`${app.baseUrl}/api/health`, { headers: { 'x-remplissage': 'x'.repeat(20_000) } });
    expect(response.status).toBe(431);
    expect(await response.json()).toEqual({ statusCode: 431, message: 'Les en-têtes de la requête sont trop volumineux.' });
  });
});
