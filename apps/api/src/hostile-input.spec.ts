import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { FirmAccountList, PortfolioPage } from '@portail/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { endpointsOf, isCursorField, isDateField, isNumberField } from './testing/hostile-endpoints';
import { attackEveryEndpoint, type HostileTally, summaryOf, viaAgent } from './testing/hostile-inputs';

const ATTACK_TIMEOUT = 120_000;
// Logging out or in again would only test the anonymous case once more.
const keepsSession = ({ path }: { path: string }) => path === '/api/auth/logout' || path === '/api/auth/login';

/**
 * Every endpoint the API documents gets hostile path parameters, query strings and bodies, by
 * class (see testing/hostile-inputs.ts): the answer is always a 2xx or a 4xx with a French
 * message, never a 5xx. Three callers, since many endpoints answer 401, 403 or 404 before they
 * read their input: an anonymous visitor, an accountant in her firm's space, and the Formateur.
 */
describe('hostile input on every endpoint', () => {
  let test: TestApp;
  let document: OpenAPIObject;
  const tally: HostileTally = new Map();

  beforeAll(async () => {
    test = await createTestApp();
    document = SwaggerModule.createDocument(test.app, new DocumentBuilder().build());
  });
  afterAll(async () => {
    console.log(summaryOf(tally).map((line) => `hostile input, ${line}`).join('\n'));
    await test.close();
  });

  it('finds the endpoints to attack and the inputs they document', () => {
    const endpoints = endpointsOf(document);
    const names = endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`);
    expect(names).toEqual(expect.arrayContaining(['get /api/health', 'post /api/sandbox/clock/advance', 'get /api/sandbox/messages/{id}']));
    const inputs = (predicate: (field: { name: string; type?: string; format?: string }) => boolean) =>
      endpoints.flatMap((endpoint) => [...endpoint.queryParameters, ...endpoint.bodyFields].filter(predicate).map((field) => field.name));
    expect(inputs(isCursorField)).toEqual(expect.arrayContaining(['after', 'before']));
    expect(inputs(isDateField)).toEqual(expect.arrayContaining(['at']));
    expect(inputs(isNumberField)).toEqual(expect.arrayContaining(['hours', 'limit', 'incomeCents']));
    expect(endpoints.find((endpoint) => endpoint.path === '/api/sandbox/messages')?.queryParameters.map((field) => field.name)).toContain('recipient');
  });

  it('never answers 5xx to an anonymous visitor, always a French message on 4xx', { timeout: ATTACK_TIMEOUT }, async () => {
    await attackEveryEndpoint({ document, send: viaAgent(test.api), tally });
  });

  it('never answers 5xx to a logged-in accountant either', { timeout: ATTACK_TIMEOUT }, async () => {
    const client = await test.newClient();
    // The SIRET opens the firm's space: the portfolio and « Mes cotisations » routes are reached.
    await client.post('/api/auth/login').send({ identifier: '44306184100013', password: 'Bilan024' }).expect(200);
    // Her collaborator and an attached client: their reads get past the 404 to the cursor and the filters.
    const accounts = (await client.get('/api/firm/accounts').expect(200)).body as FirmAccountList;
    const collaborator = accounts.accounts.find((account) => account.role === 'collaborateur');
    const clients = (await client.get('/api/portfolio/clients').query({ status: 'rattache', limit: 1 }).expect(200)).body as PortfolioPage;
    if (!collaborator || !clients.items[0]) throw new Error('the Découverte firm has no collaborator or no attached client');
    const pathValues = { personId: collaborator.personId, id: clients.items[0].id };
    await attackEveryEndpoint({ document, send: viaAgent(client), tally, skip: keepsSession, pathValues });
    await client.get('/api/portfolio/summary').expect(200);
    await client.get(`/api/portfolio/clients/${pathValues.id}`).expect(200);
  });

  it('never answers 5xx to the Formateur either (the sandbox tools read their input)', { timeout: ATTACK_TIMEOUT }, async () => {
    const trainer = await test.trainer();
    await attackEveryEndpoint({ document, send: viaAgent(trainer), tally, skip: keepsSession });
    await trainer.get('/api/sandbox/personas').expect(200);
  });
});
