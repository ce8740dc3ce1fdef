import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

describe('OpenAPI documentation', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('serves the interactive page at /api/docs', async () => {
    const response = await request(test.http).get('/api/docs').expect(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toMatch(/swagger/i);
  });

  it('describes the endpoints and their French-speaking validation', async () => {
    const response = await request(test.http).get('/api/docs-json').expect(200);
    expect(response.body.info.title).toBe('Portail Tiers — API');
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/sandbox/clock', '/api/sandbox/clock/advance', '/api/sandbox/messages']),
    );
  });
});
