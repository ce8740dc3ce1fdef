import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

const HOUR = 3_600_000;

describe('sandbox clock (/api/sandbox/clock)', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('follows real time until a trainer moves it', async () => {
    const response = await test.api.get('/api/sandbox/clock').expect(200);
    expect(response.body.offsetMs).toBe(0);
    expect(Math.abs(Date.parse(response.body.now) - Date.now())).toBeLessThan(5_000);
  });

  it('advances by minutes, hours and days, cumulatively', async () => {
    await (await test.trainer()).post('/api/sandbox/clock/reset').expect(200);
    const first = await (await test.trainer()).post('/api/sandbox/clock/advance').send({ hours: 25 }).expect(200);
    expect(first.body.offsetMs).toBe(25 * HOUR);
    const second = await (await test.trainer())
      .post('/api/sandbox/clock/advance')
      .send({ days: 1, minutes: 30 })
      .expect(200);
    expect(second.body.offsetMs).toBe(49 * HOUR + 30 * 60_000);
    expect(Date.parse(second.body.now) - Date.parse(second.body.realNow)).toBe(second.body.offsetMs);
  });

  it('never loses a concurrent advance (one SQL statement each)', async () => {
    await (await test.trainer()).post('/api/sandbox/clock/reset').expect(200);
    await Promise.all(
      Array.from({ length: 10 }, async () => (await test.trainer()).post('/api/sandbox/clock/advance').send({ hours: 1 }).expect(200)),
    );
    const state = await test.api.get('/api/sandbox/clock').expect(200);
    expect(state.body.offsetMs).toBe(10 * HOUR);
  });

  it('sets a date and goes back to real time', async () => {
    const target = new Date(Date.now() + 30 * 24 * HOUR);
    const set = await (await test.trainer()).post('/api/sandbox/clock/set').send({ at: target.toISOString() }).expect(200);
    expect(Math.abs(Date.parse(set.body.now) - target.getTime())).toBeLessThan(1_000);
    const reset = await (await test.trainer()).post('/api/sandbox/clock/reset').expect(200);
    expect(reset.body.offsetMs).toBe(0);
  });

  it.each([
    [{}, /durée positive/],
    [{ hours: 0 }, /durée positive/],
    [{ hours: -1 }, /« hours »/],
    [{ hours: 1.5 }, /« hours »/],
    [{ hours: '2' }, /« hours »/],
    [{ days: 99999 }, /« days »/],
    [{ days: 3650, hours: 8760 }, /dix ans/],
    [{ weeks: 1 }, /« weeks » n'est pas attendu/],
  ])('refuses the advance %j with a French message naming the field', async (body, message) => {
    const response = await (await test.trainer()).post('/api/sandbox/clock/advance').send(body).expect(400);
    expect(response.body.message).toMatch(message);
  });

  it.each([
    [{ at: 'demain' }, /« at » doit être une date/],
    [{ at: '2020-01-01T00:00:00Z' }, /ne recule pas/],
    [{ at: '2999-01-01T00:00:00Z' }, /dix ans/],
    [{}, /« at »/],
  ])('refuses to set the clock to %j', async (body, message) => {
    const response = await (await test.trainer()).post('/api/sandbox/clock/set').send(body).expect(400);
    expect(response.body.message).toMatch(message);
  });

  it('is read by everyone but moved by the Formateur only (404 to the others, 401 anonymous)', async () => {
    const anonymous = await test.newClient();
    await anonymous.get('/api/sandbox/clock').expect(200);
    const refused = await anonymous.post('/api/sandbox/clock/advance').send({ hours: 1 }).expect(401);
    expect(refused.body.message).toMatch(/connecter/);
    const conseiller = await test.newClient();
    await conseiller.post('/api/auth/login').send({ identifier: 'conseiller@urssaf.test', password: 'Conseil1' }).expect(200);
    for (const path of ['/api/sandbox/clock/advance', '/api/sandbox/clock/set', '/api/sandbox/clock/reset']) {
      await conseiller.post(path).send({ hours: 1 }).expect(404);
    }
    await conseiller.get('/api/sandbox/clock').expect(200);
  });

  it('keeps its offset across a restart of the API (it lives in PostgreSQL)', async () => {
    await (await test.trainer()).post('/api/sandbox/clock/reset').expect(200);
    await (await test.trainer()).post('/api/sandbox/clock/advance').send({ hours: 24 }).expect(200);
    await test.stop();
    test = await createTestApp({}, test.databaseUrl);
    const state = await test.api.get('/api/sandbox/clock').expect(200);
    expect(state.body.offsetMs).toBe(24 * HOUR);
  });
});
