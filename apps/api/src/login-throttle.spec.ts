import { Clock } from '@portail/api-core';
import { PasswordHasher } from '@portail/api-identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createSpace, type PersonFixture } from './testing/identity-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';

const MINUTE = 60_000;

describe('login throttling (CNIL figures, on the sandbox clock)', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  const attempt = (identifier: string, password: string) => test.api.post('/api/auth/login').send({ identifier, password });
  const advance = async (minutes: number) => (await test.trainer()).post('/api/sandbox/clock/advance').send({ minutes }).expect(200);
  const blockedUntil = async (person: PersonFixture): Promise<number | null> => {
    const [row] = await test.dataSource.query(`SELECT login_blocked_until FROM person WHERE id = $1`, [person.id]);
    return row.login_blocked_until ? new Date(row.login_blocked_until).getTime() : null;
  };
  const sandboxNow = async () => Date.parse((await test.api.get('/api/sandbox/clock').expect(200)).body.now);

  it('5 failures → at least 1 minute of wait, then doubling, counted on the account whatever the identifier', async () => {
    await (await test.trainer()).post('/api/sandbox/clock/reset').expect(200);
    const person = await createPerson(test.dataSource, { email: 'throttle@exemple.fr', nir: '2530722073004' });
    await createSpace(test.dataSource, { personId: person.id }, { siret: '35600000049837', name: 'Cabinet La Poste' });
    // Four failures through three identifiers of the same account: no wait yet.
    for (const identifier of ['throttle@exemple.fr', '35600000049837', '2530722073004', 'THROTTLE@exemple.fr']) {
      expect((await attempt(identifier, 'Mauvais1')).status).toBe(401);
    }
    expect(await blockedUntil(person)).toBeNull();
    await attempt('throttle@exemple.fr', 'Mauvais1').expect(401);
    const firstWait = (await blockedUntil(person)) ?? 0;
    expect(firstWait - (await sandboxNow())).toBeGreaterThan(0.9 * MINUTE);
    expect(firstWait - (await sandboxNow())).toBeLessThanOrEqual(MINUTE);

    // During the wait even the right password is refused, and the attempt does not extend the wait.
    await attempt('throttle@exemple.fr', person.password).expect(401);
    expect(await blockedUntil(person)).toBe(firstWait);

    await advance(1);
    await attempt('35600000049837', 'Mauvais1').expect(401);
    const secondWait = ((await blockedUntil(person)) ?? 0) - (await sandboxNow());
    expect(secondWait).toBeGreaterThan(1.9 * MINUTE);
    expect(secondWait).toBeLessThanOrEqual(2 * MINUTE);

    await advance(2);
    await attempt('2530722073004', 'Mauvais1').expect(401);
    const thirdWait = ((await blockedUntil(person)) ?? 0) - (await sandboxNow());
    expect(thirdWait).toBeGreaterThan(3.9 * MINUTE);

    // After the wait the right password opens the account and the streak starts again.
    await advance(4);
    await attempt('throttle@exemple.fr', person.password).expect(200);
    expect(await blockedUntil(person)).toBeNull();
    await (await test.trainer()).post('/api/sandbox/clock/reset').expect(200);
  });

  it('counts concurrent guesses exactly: ten at once on one account give five tries, then the wait', async () => {
    await (await test.trainer()).post('/api/sandbox/clock/reset').expect(200);
    const person = await createPerson(test.dataSource, { email: 'rafale@exemple.fr' });
    const responses = await Promise.all(Array.from({ length: 10 }, () => attempt(person.email, 'Mauvais1')));
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(401));
    const [{ count }] = await test.dataSource.query(`SELECT count(*)::int AS count FROM login_failure WHERE person_id = $1`, [person.id]);
    expect(count).toBe(5);
    expect(await blockedUntil(person)).not.toBeNull();
  });

  it('at most 25 failures in 24 hours', async () => {
    await (await test.trainer()).post('/api/sandbox/clock/reset').expect(200);
    const person = await createPerson(test.dataSource, { email: 'quota@exemple.fr' });
    // 25 failures spread over the day (as if each wait had been served).
    await test.dataSource.query(
      `INSERT INTO login_failure (person_id, at) SELECT $1, now() - make_interval(mins => n * 50) FROM generate_series(1, 25) AS n`,
      [person.id],
    );
    await attempt(person.email, person.password).expect(401);
    // A day after the oldest failures, they no longer count.
    await advance(24 * 60 - 25 * 50 + 1);
    const [{ count }] = await test.dataSource.query(
      `SELECT count(*)::int AS count FROM login_failure WHERE person_id = $1 AND at > $2`,
      [person.id, new Date((await sandboxNow()) - 24 * 60 * MINUTE)],
    );
    expect(count).toBe(24);
    await attempt(person.email, person.password).expect(200);
    await (await test.trainer()).post('/api/sandbox/clock/reset').expect(200);
  });

  it('records lockouts and logins in the audit trail, never the password', async () => {
    const rows: { kind: string; details: unknown }[] = await test.dataSource.query(
      `SELECT kind, details FROM audit_event WHERE kind LIKE 'login.%' ORDER BY id`,
    );
    const kinds = new Set(rows.map((row) => row.kind));
    expect(kinds).toEqual(new Set(['login.failed', 'login.lockout', 'login.throttled', 'login.succeeded']));
    expect(JSON.stringify(rows)).not.toMatch(/Mauvais1|Kp7wZ2qa/);
  });

  it('limits attempts per address before any password hash is computed', async () => {
    const limited = await createTestApp({ loginAttemptsPerIpPerMinute: 3 });
    try {
      const person = await createPerson(limited.dataSource, { email: 'adresse@exemple.fr' });
      const failures = async () =>
        (await limited.dataSource.query(`SELECT count(*)::int AS count FROM login_failure WHERE person_id = $1`, [person.id]))[0].count;
      for (let index = 0; index < 3; index += 1) {
        await limited.api.post('/api/auth/login').send({ identifier: person.email, password: 'Mauvais1' }).expect(401);
      }
      expect(await failures()).toBe(3);
      const refused = await limited.api.post('/api/auth/login').send({ identifier: person.email, password: 'Mauvais1' }).expect(429);
      expect(refused.body.message).toMatch(/Trop de tentatives/);
      // The login service (where the hash is compared and failures are counted) was never reached.
      expect(await failures()).toBe(3);
      // The limit is per minute: a minute later the address may try again.
      // Straight through the Clock: the Formateur's own login would count against these 3 attempts.
      await limited.app.get(Clock).advanceBy(MINUTE);
      await limited.api.post('/api/auth/login').send({ identifier: person.email, password: person.password }).expect(200);
    } finally {
      await limited.close();
    }
  });
});

describe('password hashing', () => {
  it('uses bcrypt at the production cost 12, and compares unknown accounts against a dummy hash', async () => {
    const hasher = new PasswordHasher({ bcryptCost: 12 } as never);
    const hash = await hasher.hash('Kp7wZ2qa');
    expect(hash).toMatch(/^\$2[aby]\$12\$/);
    expect(await hasher.verify('Kp7wZ2qa', hash)).toBe(true);
    expect(await hasher.verify('Kp7wZ2qb', hash)).toBe(false);
    expect(await hasher.verify('Kp7wZ2qa', null)).toBe(false);
    expect(await hasher.verify('dummy000', null)).toBe(false);
    // The dummy comparison costs the same work factor as a real one.
    expect((hasher as unknown as { dummyHash: string }).dummyHash).toMatch(/^\$2[aby]\$12\$/);
  });
});
