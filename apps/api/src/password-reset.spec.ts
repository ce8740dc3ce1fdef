import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createPerson, createSpace, type PersonFixture } from './testing/identity-fixtures';
import { emailsTo, latestEmailTo, newEmail, newSiret, signupRequest, submitSignup, tokenOfLink } from './testing/signup-journey';

const NEW_PASSWORD = 'Rt5uVw3z';

describe('forgotten password (/api/auth/password-reset)', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  const requestReset = (email: string) => test.api.post('/api/auth/password-reset/request').send({ email }).expect(202);

  /** Asks for a link and reads its token from the simulated mailbox. */
  async function resetToken(person: PersonFixture): Promise<string> {
    await requestReset(person.email);
    return tokenOfLink(await latestEmailTo(test.api, person.email), 'Réinitialiser mon mot de passe', '/mot-de-passe/reinitialiser');
  }

  const login = async (identifier: string, password: string) =>
    (await test.newClient()).post('/api/auth/login').send({ identifier, password });

  describe('request', () => {
    it('answers the same 202 for a known and an unknown address, e-mailing only the known one', async () => {
      const person = await createPerson(test.dataSource, { email: newEmail('claire') });
      const unknown = newEmail('inconnu');
      const known = await requestReset(person.email);
      const other = await requestReset(unknown);
      expect(known.body).toEqual(other.body);
      expect(known.body.message).toMatch(/^Si un compte correspond à cette adresse/);
      expect(await emailsTo(test.api, unknown)).toEqual([]);
      const message = await latestEmailTo(test.api, person.email);
      expect(message.subject).toBe('Réinitialisation de votre mot de passe');
      expect(message.body).toMatch(/valable 1 heure/);
    });

    it('finds the address whatever its case', async () => {
      const person = await createPerson(test.dataSource, { email: newEmail('casse') });
      await requestReset(person.email.toUpperCase());
      expect(await emailsTo(test.api, person.email)).toHaveLength(1);
    });

    it('sends nothing to a signup without a password yet (same answer)', async () => {
      const request = signupRequest();
      await submitSignup(test.api, request);
      const response = await requestReset(request.email);
      expect(response.body.message).toMatch(/^Si un compte correspond/);
      const subjects = (await emailsTo(test.api, request.email)).map((message) => message.subject);
      expect(subjects).toEqual(['Validez votre adresse courriel']);
    });

    it('stops sending after 5 requests an hour, still answering 202', async () => {
      const person = await createPerson(test.dataSource, { email: newEmail('limite') });
      for (let attempt = 0; attempt < 7; attempt++) await requestReset(person.email);
      expect(await emailsTo(test.api, person.email)).toHaveLength(5);
    });

    it('refuses a malformed address (400, naming it)', async () => {
      const response = await test.api.post('/api/auth/password-reset/request').send({ email: 'a@b' }).expect(400);
      expect(response.body.message).toMatch(/adresse courriel/);
    });

    it('stores only the SHA-256 of the token', async () => {
      const person = await createPerson(test.dataSource, { email: newEmail('hash') });
      const token = await resetToken(person);
      const [{ count }] = await test.dataSource.query(
        `SELECT count(*)::int AS count FROM one_time_token WHERE token_hash = sha256(convert_to($1, 'UTF8')) AND purpose = 'password-reset'`,
        [token],
      );
      expect(count).toBe(1);
    });
  });

  describe('reset', () => {
    let person: PersonFixture;
    let token: string;
    let otherBrowser: Awaited<ReturnType<TestApp['newClient']>>;

    beforeAll(async () => {
      person = await createPerson(test.dataSource, { email: newEmail('reset') });
      await createSpace(test.dataSource, { personId: person.id }, { siret: newSiret() });
      otherBrowser = await test.newClient();
      await otherBrowser.post('/api/auth/login').send({ identifier: person.email, password: person.password }).expect(200);
      await otherBrowser.get('/api/auth/session').expect(200);
      // Failed guesses earned a wait: the reset must lift it.
      await test.dataSource.query(
        `UPDATE person SET failed_login_streak = 7, login_blocked_until = now() + interval '1 hour' WHERE id = $1`,
        [person.id],
      );
      // …and the daily cap of 25 failures too.
      await test.dataSource.query(
        `INSERT INTO login_failure (person_id, at) SELECT $1, now() FROM generate_series(1, 25)`,
        [person.id],
      );
      token = await resetToken(person);
    });

    it('refuses a password against the rule (400) and keeps the link usable', async () => {
      const response = await test.api.post('/api/auth/password-reset').send({ token, newPassword: 'motdepasse' }).expect(400);
      expect(response.body.message).toMatch(/^Le mot de passe doit/);
      const common = await test.api.post('/api/auth/password-reset').send({ token, newPassword: 'azerty12' }).expect(400);
      expect(common.body.message).toMatch(/plus courants/);
    });

    it('sets the new password, ends every session and lifts the login throttle (204)', async () => {
      await test.api.post('/api/auth/password-reset').send({ token, newPassword: NEW_PASSWORD }).expect(204);
      await otherBrowser.get('/api/auth/session').expect(401);
      const [row]: { failed_login_streak: number; login_blocked_until: Date | null; password_provisional: boolean }[] =
        await test.dataSource.query(
          `SELECT failed_login_streak, login_blocked_until, password_provisional FROM person WHERE id = $1`,
          [person.id],
        );
      expect(row).toEqual({ failed_login_streak: 0, login_blocked_until: null, password_provisional: false });
      const [{ failures }] = await test.dataSource.query(
        `SELECT count(*)::int AS failures FROM login_failure WHERE person_id = $1`,
        [person.id],
      );
      expect(failures).toBe(0);
      const [{ count }] = await test.dataSource.query(
        `SELECT count(*)::int AS count FROM audit_event WHERE kind = 'password.reset' AND actor_person_id = $1`,
        [person.id],
      );
      expect(count).toBe(1);
    });

    it('refuses the old password and accepts the new one, which is personal', async () => {
      expect((await login(person.email, person.password)).status).toBe(401);
      const response = await login(person.email, NEW_PASSWORD);
      expect(response.status).toBe(200);
      expect(response.body.mustChangePassword).toBe(false);
    });

    it('sends the notice of the change', async () => {
      const message = await latestEmailTo(test.api, person.email);
      expect(message.subject).toBe('Votre mot de passe a été modifié');
      expect(message.body).not.toContain(NEW_PASSWORD);
    });

    it('works once only (410 used)', async () => {
      const response = await test.api.post('/api/auth/password-reset').send({ token, newPassword: 'Gh4jKl8m' }).expect(410);
      expect(response.body).toMatchObject({ statusCode: 410, reason: 'used' });
      expect((await login(person.email, 'Gh4jKl8m')).status).toBe(401);
    });
  });

  describe('the link over time and replacement', () => {
    it('works 59 minutes after it was sent', async () => {
      const person = await createPerson(test.dataSource, { email: newEmail('avant') });
      const token = await resetToken(person);
      await (await test.trainer()).post('/api/sandbox/clock/advance').send({ minutes: 59 }).expect(200);
      await test.api.post('/api/auth/password-reset').send({ token, newPassword: NEW_PASSWORD }).expect(204);
    });

    it('has expired 1 hour and 1 minute after it was sent (410 expired)', async () => {
      const person = await createPerson(test.dataSource, { email: newEmail('apres') });
      const token = await resetToken(person);
      await (await test.trainer()).post('/api/sandbox/clock/advance').send({ hours: 1, minutes: 1 }).expect(200);
      const response = await test.api.post('/api/auth/password-reset').send({ token, newPassword: NEW_PASSWORD }).expect(410);
      expect(response.body).toEqual({
        statusCode: 410,
        reason: 'expired',
        message: expect.stringMatching(/^Ce lien de réinitialisation a expiré/),
      });
      expect((await login(person.email, person.password)).status).toBe(200);
    });

    it('is replaced by a newer link (410 replaced)', async () => {
      const person = await createPerson(test.dataSource, { email: newEmail('remplace') });
      const first = await resetToken(person);
      const second = await resetToken(person);
      const response = await test.api.post('/api/auth/password-reset').send({ token: first, newPassword: NEW_PASSWORD }).expect(410);
      expect(response.body.reason).toBe('replaced');
      await test.api.post('/api/auth/password-reset').send({ token: second, newPassword: NEW_PASSWORD }).expect(204);
    });

    it('refuses an unknown link (410 unknown) and a missing token (400)', async () => {
      const unknown = await test.api.post('/api/auth/password-reset').send({ token: 'inconnu', newPassword: NEW_PASSWORD }).expect(410);
      expect(unknown.body.reason).toBe('unknown');
      const missing = await test.api.post('/api/auth/password-reset').send({ newPassword: NEW_PASSWORD }).expect(400);
      expect(missing.body.message).toMatch(/« token »/);
    });

    it('cannot be used with a validation link', async () => {
      const request = signupRequest();
      const validationToken = await submitSignup(test.api, request);
      const response = await test.api
        .post('/api/auth/password-reset')
        .send({ token: validationToken, newPassword: NEW_PASSWORD })
        .expect(410);
      expect(response.body.reason).toBe('unknown');
    });
  });
});
