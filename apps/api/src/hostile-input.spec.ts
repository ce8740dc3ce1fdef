import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type TestAgent from 'supertest/lib/agent';
import { createTestApp, type TestApp } from './testing/create-test-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom("' OR 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', '%00', '\u0000', 'NaN', '-1', '1e309', 'null', '{}', '[]'),
  fc.uuid(),
);
const hostileValue = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(hostileString, { maxLength: 3 }));
const hostileBody = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom('hours', 'days', 'minutes', 'at', 'kind', '__proto__', 'constructor'), fc.string()), hostileValue),
  fc.jsonValue(),
);

/**
 * Every endpoint the API documents gets random and hostile path parameters, query strings
 * and bodies: the answer is always a 2xx or a 4xx with a French message, never a 5xx.
 * Endpoints come from the OpenAPI document, so a new endpoint is covered without editing this file.
 */
describe('hostile input on every endpoint', () => {
  let test: TestApp;
  let endpoints: { method: Method; path: string }[];

  beforeAll(async () => {
    test = await createTestApp();
    const document = SwaggerModule.createDocument(test.app, new DocumentBuilder().build());
    endpoints = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations as object)
        .filter((method): method is Method => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({ method, path })),
    );
  });
  afterAll(() => test.close());

  it('finds the endpoints to attack', () => {
    expect(endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`)).toEqual(
      expect.arrayContaining(['get /api/health', 'post /api/sandbox/clock/advance', 'get /api/sandbox/messages/{id}']),
    );
  });

  async function attack(client: TestAgent, skip: (endpoint: { method: Method; path: string }) => boolean): Promise<void> {
    for (const endpoint of endpoints.filter((candidate) => !skip(candidate))) {
      await fc.assert(
        fc.asyncProperty(
          hostileString,
          fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), hostileValue, { maxKeys: 4 }),
          hostileBody,
          async (parameter, query, body) => {
            const path = endpoint.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(parameter));
            const response = await client[endpoint.method](path)
              .query(query)
              .set('content-type', 'application/json')
              .send(JSON.stringify(body));
            expect(response.status, `${endpoint.method} ${path}`).toBeLessThan(500);
            if (response.status >= 400) {
              expect(typeof response.body.message).toBe('string');
              // English from a library would be a leak; a field name the request itself sent,
              // quoted back « like this », is not.
              expect(response.body.message.replace(/« [^»]* »/g, '« … »')).not.toMatch(/should|must|Cannot|Unexpected|Error/);
            }
          },
        ),
        { numRuns: 40 },
      );
    }
  }

  it('never answers 5xx to an anonymous visitor, always a French message on 4xx', async () => {
    await attack(test.api, () => false);
  });

  it('never answers 5xx to a logged-in accountant either', async () => {
    const accountant = await test.newClient();
    await accountant
      .post('/api/auth/login')
      .send({ identifier: '44306184100013', password: 'Bilan024' })
      .expect(200);
    // The SIRET opens the firm's space: the portfolio and « Mes cotisations » routes are reached.
    await accountant.get('/api/portfolio/summary').expect(200);
    // Logging out or logging in again would only test the anonymous case once more.
    await attack(accountant, ({ path }) => path === '/api/auth/logout' || path === '/api/auth/login');
    await accountant.get('/api/auth/session').expect(200);
  });
});
