import { SESSION_COOKIE } from '@portail/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createSpace, type PersonFixture } from './testing/identity-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';

const REFUSED = 'Identifiant ou mot de passe incorrect.';

function sessionCookieOf(response: { headers: Record<string, unknown> }): string | undefined {
  const cookies = ([] as string[]).concat((response.headers['set-cookie'] as string[] | undefined) ?? []);
  return cookies.find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
}

describe('login, sessions and password change', () => {
  let test: TestApp;
  let accountant: PersonFixture;
  let independant: PersonFixture;
  let firmId: string;

  beforeAll(async () => {
    test = await createTestApp();
    accountant = await createPerson(test.dataSource, { email: 'claire.martin@cabinet-martin.fr' });
    firmId = await createSpace(test.dataSource, { personId: accountant.id }, { siret: '73282932000074', name: 'Cabinet Martin' });
    independant = await createPerson(test.dataSource, { email: 'paul.dupuis@exemple.fr', nir: '2951099126111', firstName: 'Paul', lastName: 'Durand' });
    await createSpace(test.dataSource, { personId: independant.id }, { kind: 'travailleur-independant', name: 'Paul Durand' });
    await createSpace(test.dataSource, { personId: independant.id }, { kind: 'employeur', name: 'Durand Plomberie' });
  });
  afterAll(() => test.close());

  describe('identifiers', () => {
    it.each([
      ['the e-mail', 'claire.martin@cabinet-martin.fr'],
      ['the e-mail in capitals', '  CLAIRE.MARTIN@Cabinet-Martin.fr '],
      ['the SIRET', '73282932000074'],
      ['the SIRET with spaces', '732 829 320 00074'],
    ])('a tiers logs in with %s', async (_label, identifier) => {
      const client = await test.newClient();
      const response = await client.post('/api/auth/login').send({ identifier, password: accountant.password }).expect(200);
      expect(response.body.person.email).toBe('claire.martin@cabinet-martin.fr');
      expect(response.body.currentSpaceId).toBe(firmId);
    });

    it('a TI logs in with the NIR without its key (13 characters)', async () => {
      const client = await test.newClient();
      const response = await client.post('/api/auth/login').send({ identifier: '2951099126111', password: independant.password }).expect(200);
      expect(response.body.person.lastName).toBe('Durand');
    });

    it('the NIR with its key (15 characters) is refused with the FAQ sentence', async () => {
      const response = await test.api.post('/api/auth/login').send({ identifier: '295109912611193', password: independant.password }).expect(400);
      expect(response.body.message).toContain("La clé à 2 caractères ne fait pas partie de l'identifiant");
    });

    it('the legacy 8-digit secu-independants identifier is refused, pointing to e-mail or SIRET', async () => {
      const response = await test.api.post('/api/auth/login').send({ identifier: '12345678', password: 'Kp7wZ2qa' }).expect(400);
      expect(response.body.message).toMatch(/8 chiffres/);
      expect(response.body.message).toMatch(/courriel ou votre SIRET/);
    });

    it('missing fields are named', async () => {
      const response = await test.api.post('/api/auth/login').send({ identifier: 'claire.martin@cabinet-martin.fr' }).expect(400);
      expect(response.body.message).toMatch(/« password »/);
    });
  });

  describe('sessions', () => {
    it('sets an HttpOnly SameSite=Strict cookie, renewed at each login', async () => {
      const client = await test.newClient();
      const first = sessionCookieOf(await client.post('/api/auth/login').send({ identifier: accountant.email, password: accountant.password }).expect(200));
      const second = sessionCookieOf(await client.post('/api/auth/login').send({ identifier: accountant.email, password: accountant.password }).expect(200));
      expect(first).toMatch(/HttpOnly/i);
      expect(first).toMatch(/SameSite=Strict/i);
      expect(first?.split(';')[0]).not.toBe(second?.split(';')[0]);
      // The session of the first login no longer exists.
      const [{ count }] = await test.dataSource.query(`SELECT count(*)::int AS count FROM session WHERE person_id = $1`, [accountant.id]);
      expect(count).toBeGreaterThanOrEqual(1);
    });

    it('stores only a hash of the session id', async () => {
      const client = await test.newClient();
      const cookie = sessionCookieOf(await client.post('/api/auth/login').send({ identifier: accountant.email, password: accountant.password }).expect(200));
      const raw = cookie?.split(';')[0].split('=')[1] ?? '';
      const rows = await test.dataSource.query(`SELECT 1 FROM session WHERE id_hash = sha256(convert_to($1, 'UTF8'))`, [raw]);
      expect(rows).toHaveLength(1);
      const clear = await test.dataSource.query(`SELECT 1 FROM session WHERE encode(id_hash, 'escape') LIKE '%' || $1 || '%'`, [raw]);
      expect(clear).toHaveLength(0);
    });

    it('logout destroys the session', async () => {
      const client = await test.newClient();
      await client.post('/api/auth/login').send({ identifier: accountant.email, password: accountant.password }).expect(200);
      await client.get('/api/auth/session').expect(200);
      await client.post('/api/auth/logout').expect(204);
      await client.get('/api/auth/session').expect(401);
    });

    it('ends after 30 minutes without a request and 12 hours after login', async () => {
      const client = await test.newClient();
      await client.post('/api/auth/login').send({ identifier: accountant.email, password: accountant.password }).expect(200);
      await test.dataSource.query(`UPDATE session SET last_seen_at = now() - interval '29 minutes' WHERE person_id = $1`, [accountant.id]);
      await client.get('/api/auth/session').expect(200);
      await test.dataSource.query(`UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE person_id = $1`, [accountant.id]);
      await client.get('/api/auth/session').expect(401);

      await client.post('/api/auth/login').send({ identifier: accountant.email, password: accountant.password }).expect(200);
      await test.dataSource.query(`UPDATE session SET created_at = now() - interval '12 hours 1 minute' WHERE person_id = $1`, [accountant.id]);
      await client.get('/api/auth/session').expect(401);
    });

    it('a public endpoint polled by an open page does not keep an idle session alive', async () => {
      const client = await test.newClient();
      await client.post('/api/auth/login').send({ identifier: accountant.email, password: accountant.password }).expect(200);
      await test.dataSource.query(`UPDATE session SET last_seen_at = now() - interval '29 minutes' WHERE person_id = $1`, [accountant.id]);
      await client.get('/api/sandbox/clock').expect(200);
      const [{ idle }] = await test.dataSource.query(
        `SELECT now() - last_seen_at > interval '28 minutes' AS idle FROM session WHERE person_id = $1 ORDER BY created_at DESC LIMIT 1`,
        [accountant.id],
      );
      expect(idle).toBe(true);
    });

    it('routes need a session unless public', async () => {
      const anonymous = await test.newClient();
      const response = await anonymous.get('/api/spaces/current').expect(401);
      expect(response.body.message).toMatch(/connecter/);
    });
  });

  describe('one login, several spaces', () => {
    it('a person with several spaces chooses one, then can switch', async () => {
      const client = await test.newClient();
      const login = await client.post('/api/auth/login').send({ identifier: independant.email, password: independant.password }).expect(200);
      expect(login.body.spaces.map((space: { kind: string }) => space.kind).sort()).toEqual(['employeur', 'travailleur-independant']);
      expect(login.body.currentSpaceId).toBeNull();
      await client.get('/api/spaces/current').expect(409);
      const [first, second] = login.body.spaces as { id: string }[];
      const chosen = await client.post('/api/auth/space').send({ spaceId: first.id }).expect(200);
      expect(chosen.body.currentSpaceId).toBe(first.id);
      expect((await client.get('/api/spaces/current').expect(200)).body.space.id).toBe(first.id);
      await client.post('/api/auth/space').send({ spaceId: second.id }).expect(200);
      expect((await client.get('/api/spaces/current').expect(200)).body.space.id).toBe(second.id);
    });

    it("another person's space is refused like an unknown one", async () => {
      const client = await test.newClient();
      await client.post('/api/auth/login').send({ identifier: independant.email, password: independant.password }).expect(200);
      await client.post('/api/auth/space').send({ spaceId: firmId }).expect(404);
      await client.post('/api/auth/space').send({ spaceId: 'pas-un-uuid' }).expect(400);
    });
  });

  describe('provisional password', () => {
    it('opens only the password change, then every route once changed', async () => {
      const migrated = await createPerson(test.dataSource, { email: 'ancien@secu-independants.fr', password: 'Anc1enMp', provisional: true, firstName: 'Jean', lastName: 'Leroy' });
      await createSpace(test.dataSource, { personId: migrated.id }, { siret: '12345678200010', name: 'Cabinet Leroy' });
      const client = await test.newClient();
      const login = await client.post('/api/auth/login').send({ identifier: '12345678200010', password: 'Anc1enMp' }).expect(200);
      expect(login.body.mustChangePassword).toBe(true);
      await client.get('/api/auth/session').expect(200);
      const refused = await client.get('/api/spaces/current').expect(403);
      expect(refused.body.message).toMatch(/provisoire/);
      await client.post('/api/auth/space').send({ spaceId: login.body.spaces[0].id }).expect(403);

      const same = await client.post('/api/auth/password').send({ currentPassword: 'Anc1enMp', newPassword: 'Anc1enMp' }).expect(400);
      expect(same.body.message).toMatch(/différent/);
      const changed = await client.post('/api/auth/password').send({ currentPassword: 'Anc1enMp', newPassword: 'Nouv3au9' }).expect(200);
      expect(changed.body.mustChangePassword).toBe(false);
      await client.get('/api/spaces/current').expect(200);
    });
  });

  describe('password change', () => {
    it('needs the current password, follows the rule, renews the session, ends the others and sends a notice', async () => {
      const person = await createPerson(test.dataSource, { email: 'change@exemple.fr', password: 'Avant123' });
      const laptop = await test.newClient();
      const phone = await test.newClient();
      await laptop.post('/api/auth/login').send({ identifier: person.email, password: 'Avant123' }).expect(200);
      await phone.post('/api/auth/login').send({ identifier: person.email, password: 'Avant123' }).expect(200);

      const wrong = await laptop.post('/api/auth/password').send({ currentPassword: 'Faux1234', newPassword: 'Apres456' }).expect(400);
      expect(wrong.body.message).toMatch(/« currentPassword »/);
      const rule = await laptop.post('/api/auth/password').send({ currentPassword: 'Avant123', newPassword: 'apres' }).expect(400);
      expect(rule.body.message).toMatch(/8 caractères/);
      const common = await laptop.post('/api/auth/password').send({ currentPassword: 'Avant123', newPassword: 'Azerty12' }).expect(400);
      expect(common.body.message).toMatch(/courants/);

      const changed = await laptop.post('/api/auth/password').send({ currentPassword: 'Avant123', newPassword: 'Apres456' }).expect(200);
      expect(sessionCookieOf(changed)).toBeDefined();
      await laptop.get('/api/auth/session').expect(200);
      await phone.get('/api/auth/session').expect(401);
      const notices = await test.api.get('/api/sandbox/messages').query({ kind: 'email', recipient: person.email }).expect(200);
      expect(notices.body.items[0].subject).toBe('Votre mot de passe a été modifié');
      const fresh = await test.newClient();
      await fresh.post('/api/auth/login').send({ identifier: person.email, password: 'Avant123' }).expect(401);
      await fresh.post('/api/auth/login').send({ identifier: person.email, password: 'Apres456' }).expect(200);
    });
  });

  describe('identical refusals', () => {
    it('unknown identifier, wrong password and throttled account answer the same status and body', async () => {
      const target = await createPerson(test.dataSource, { email: 'cible@exemple.fr' });
      const client = await test.newClient();
      const unknown = await client.post('/api/auth/login').send({ identifier: 'personne@nulle-part.fr', password: 'Kp7wZ2qa' });
      const wrong = await client.post('/api/auth/login').send({ identifier: target.email, password: 'Mauvais1' });
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await client.post('/api/auth/login').send({ identifier: target.email, password: 'Mauvais1' });
      }
      const throttled = await client.post('/api/auth/login').send({ identifier: target.email, password: target.password });
      for (const response of [unknown, wrong, throttled]) {
        expect(response.status).toBe(401);
        expect(response.body).toEqual({ statusCode: 401, message: REFUSED });
      }
    });
  });
});

describe('seeded sandbox personas', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('the Conseiller Urssaf logs in', async () => {
    const client = await test.newClient();
    const login = await client.post('/api/auth/login').send({ identifier: 'conseiller@urssaf.test', password: 'Conseil1' }).expect(200);
    expect(login.body.person.backofficeRole).toBe('conseiller');
  });

  it('a migrated secu-independants accountant logs in with the SIRET and the old password, and must change it', async () => {
    const client = await test.newClient();
    const login = await client.post('/api/auth/login').send({ identifier: '51222718200015', password: 'Secu2021' }).expect(200);
    expect(login.body.mustChangePassword).toBe(true);
    expect(login.body.spaces).toEqual([expect.objectContaining({ name: 'Cabinet Bernard', status: 'actif' })]);
  });

  it('a TI who is also an employer has one login and two spaces', async () => {
    const client = await test.newClient();
    const login = await client.post('/api/auth/login').send({ identifier: '1850575056123', password: 'Plomb024' }).expect(200);
    expect(login.body.spaces).toHaveLength(2);
    expect(login.body.currentSpaceId).toBeNull();
  });

  it('the trainer welcome e-mail lists them', async () => {
    const [message] = (await test.api.get('/api/sandbox/messages').query({ kind: 'email', recipient: 'formateur@portail-tiers.test' }).expect(200)).body.items;
    const detail = await test.api.get(`/api/sandbox/messages/${message.id}`).expect(200);
    expect(detail.body.body).toContain('conseiller@urssaf.test — Conseil1');
  });
});
