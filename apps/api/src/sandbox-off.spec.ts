import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

describe('SANDBOX=false', () => {
  let test: TestApp;
  /** Every sandbox endpoint a sandbox-mode API documents (so a new one is covered without editing this file). */
  let sandboxEndpoints: { method: Method; path: string }[];

  beforeAll(async () => {
    const sandbox = await createTestApp();
    try {
      const document = (await request(sandbox.http).get('/api/docs-json').expect(200)).body as { paths: Record<string, object> };
      sandboxEndpoints = Object.entries(document.paths)
        .filter(([path]) => path.startsWith('/api/sandbox'))
        .flatMap(([path, operations]) =>
          Object.keys(operations)
            .filter((method): method is Method => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
            .map((method) => ({ method, path })),
        );
    } finally {
      await sandbox.close();
    }
    test = await createTestApp({ sandbox: false });
  });
  afterAll(() => test.close());

  it('knows the sandbox endpoints of a sandbox-mode API', () => {
    expect(sandboxEndpoints.map(({ method, path }) => `${method} ${path}`)).toEqual(
      expect.arrayContaining(['get /api/sandbox/clock', 'post /api/sandbox/clock/advance', 'get /api/sandbox/messages/{id}', 'post /api/sandbox/faults']),
    );
  });

  it('answers 404 « aucune ressource » on every one of them, to anyone', async () => {
    const answers: string[] = [];
    for (const { method, path } of sandboxEndpoints) {
      const concrete = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const response = await test.api[method](concrete).send({ hours: 1, kind: 'email-bounce' });
      answers.push(`${method} ${path} ${response.status} ${/aucune ressource/.test(String(response.body.message))}`);
    }
    expect(answers).toEqual(sandboxEndpoints.map(({ method, path }) => `${method} ${path} 404 true`));
  });

  it('still serves the health check', async () => {
    await test.api.get('/api/health').expect(200);
  });

});
