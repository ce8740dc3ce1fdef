import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

describe('SANDBOX=false', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({ sandbox: false });
  });
  afterAll(() => test.close());

  it.each([
    ['get', '/api/sandbox/clock'],
    ['post', '/api/sandbox/clock/advance'],
    ['get', '/api/sandbox/recipients'],
    ['get', '/api/sandbox/messages'],
  ] as const)('%s %s does not exist', async (method, path) => {
    const response = await test.api[method](path).send({ hours: 1 }).expect(404);
    expect(response.body.message).toMatch(/aucune ressource/);
  });

  it('still serves the health check', async () => {
    await test.api.get('/api/health').expect(200);
  });
});
