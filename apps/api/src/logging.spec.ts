import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

describe('structured logs', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('are JSON lines that never contain a token, code, password or NIR', async () => {
    await test.api.get('/api/sandbox/messages?token=TOKENSECRET42&kind=email').expect(400);
    await test.api.get('/api/sandbox/messages/2951099126111?code=CODESECRET42').expect(400);
    await (await test.trainer())
      .post('/api/sandbox/clock/advance')
      .set('cookie', 'session=SESSIONSECRET42')
      .send({ password: 'PASSWORDSECRET42', hours: 1 })
      .expect(400);
    expect(test.logs.length).toBeGreaterThanOrEqual(3);
    for (const line of test.logs) expect(() => JSON.parse(line)).not.toThrow();
    const all = test.logs.join('\n');
    expect(all).toContain('/api/sandbox/messages?token=***');
    for (const secret of ['TOKENSECRET42', 'CODESECRET42', 'SESSIONSECRET42', 'PASSWORDSECRET42', '2951099126111']) {
      expect(all).not.toContain(secret);
    }
  });
});
