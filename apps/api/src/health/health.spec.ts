import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/create-test-app';

describe('GET /api/health', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('reports the database up', async () => {
    const response = await request(test.http).get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('answers 503 in French when the database is gone, with no stack trace', async () => {
    const other = await createTestApp();
    // Kill every connection of this app's pool from the server side, then forbid new ones.
    const databaseName = new URL(other.databaseUrl).pathname.slice(1);
    await test.dataSource.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS false`);
    await test.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [databaseName],
    );
    const down = await request(other.http).get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body.message).toMatch(/indisponible/);
    expect(JSON.stringify(down.body)).not.toMatch(/at .*\.ts|Error:/);
    await test.dataSource.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS true`);
    // The pool reconnects by itself: no restart of the API.
    await expect.poll(async () => (await request(other.http).get('/api/health')).status, { timeout: 10_000 }).toBe(200);
    await other.close();
  });
});
