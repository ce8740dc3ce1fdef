import type { SignupRequest } from '@portail/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';
import {
  completeSignup,
  emailsTo,
  GOOD_PASSWORD,
  latestEmailTo,
  newEmail,
  newSiret,
  signupRequest,
  submitSignup,
  tokenOfLink,
} from './testing/signup-journey';

const SIRET_TAKEN = /^Ce SIRET est déjà inscrit sur le portail\. Connectez-vous/;
const EMAIL_TAKEN = /^Cette adresse courriel est déjà utilisée/;
const EXPIRED = 'Ce lien de validation a expiré. Demandez un nouveau courriel de validation.';

describe('signup of a « Tiers mandaté » (/api/signup)', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  const count = async (sql: string, parameters: unknown[]): Promise<number> =>
    ((await test.dataSource.query(`SELECT count(*)::int AS count FROM ${sql}`, parameters)) as { count: number }[])[0].count;

  const advanceClock = async (time: { hours?: number; minutes?: number }) =>
    (await test.trainer()).post('/api/sandbox/clock/advance').send(time).expect(200);

  describe('check-siret (step 4)', () => {
    it('answers the normalised SIRET for a free one', async () => {
      const siret = newSiret();
      const spaced = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
      const response = await test.api.post('/api/signup/check-siret').send({ siret: spaced }).expect(200);
      expect(response.body).toEqual({ siret });
    });

    it('refuses a bad checksum with the domain message, naming the field', async () => {
      const response = await test.api.post('/api/signup/check-siret').send({ siret: '73282932000075' }).expect(400);
      expect(response.body.message).toBe("Le SIRET saisi n'est pas valide (clé de contrôle incorrecte).");
      expect(response.body.errors).toEqual([{ field: 'siret', message: response.body.message }]);
    });

    it('answers 409 with the way forward for a registered SIRET', async () => {
      const request = signupRequest();
      await test.api.post('/api/signup').send(request).expect(201);
      const response = await test.api.post('/api/signup/check-siret').send({ siret: request.siret }).expect(409);
      expect(response.body.message).toMatch(SIRET_TAKEN);
      expect(response.body.message).toContain('« Mot de passe oublié »');
    });
  });

  describe('field rules: 400 with a French message naming the field', () => {
    it.each<[string, Record<string, unknown>, RegExp]>([
      ['a bad SIRET checksum', { siret: '73282932000075' }, /^Le SIRET saisi n'est pas valide \(clé de contrôle incorrecte\)\.$/],
      ['a SIRET of 13 digits', { siret: '7328293200007' }, /SIRET doit comporter exactement 14 chiffres/],
      ['a bad e-mail', { email: 'claire.martin@exemple' }, /^L'adresse courriel doit se terminer par un domaine valide/],
      ['an e-mail with a NUL character', { email: 'cla\u0000ire@exemple.fr' }, /adresse courriel.*« email »/],
      ['a missing lastName', { lastName: undefined }, /^Le nom est obligatoire \(champ « lastName »\)\.$/],
      ['a blank firstName', { firstName: '   ' }, /^Le prénom est obligatoire \(champ « firstName »\)\.$/],
      ['a companyName over 100 characters', { companyName: 'C'.repeat(101) }, /raison sociale ne doit pas dépasser 100 caractères \(champ « companyName »\)/],
      ['an unknown category', { category: 'notaire' }, /^La catégorie doit être l’une de : « expert-comptable »/],
      ['another profile', { profile: 'travailleur-independant' }, /« profile »/],
      ['an unknown civility', { civility: 'Mlle' }, /civilité doit être « M » ou « Mme » \(champ « civility »\)/],
      ['a phone with letters', { phone: '01 23 AB' }, /téléphone.*« phone »/],
      ['an extra field', { role: 'conseiller' }, /^Le champ « role » n'est pas attendu\.$/],
    ])('%s', async (_label, change, message) => {
      const request = { ...signupRequest(), ...change };
      const response = await test.api.post('/api/signup').send(request).expect(400);
      expect(response.body.message).toMatch(message);
      expect(await count(`space WHERE siret = $1`, [request.siret])).toBe(0);
    });

    it('accepts the optional phone left empty, and trims names', async () => {
      const request = signupRequest({ phone: '', lastName: '  Martin ' });
      await test.api.post('/api/signup').send(request).expect(201);
      const [person]: { last_name: string; phone: string | null }[] = await test.dataSource.query(
        `SELECT last_name, phone FROM person WHERE email = $1`,
        [request.email],
      );
      expect(person).toEqual({ last_name: 'Martin', phone: null });
    });
  });

  describe('duplicates: 409, each its own message, and no e-mail', () => {
    let first: SignupRequest;
    beforeAll(async () => {
      first = signupRequest();
      await test.api.post('/api/signup').send(first).expect(201);
    });

    it('refuses a registered SIRET and sends nothing to the new address', async () => {
      const second = signupRequest({ siret: first.siret });
      const response = await test.api.post('/api/signup').send(second).expect(409);
      expect(response.body.message).toMatch(SIRET_TAKEN);
      expect(response.body.errors).toEqual([{ field: 'siret', message: response.body.message }]);
      expect(await emailsTo(test.api, second.email)).toEqual([]);
      expect(await count('person WHERE email = $1', [second.email])).toBe(0);
    });

    it('refuses an e-mail already used, whatever its case, and writes nothing', async () => {
      const second = signupRequest({ email: first.email.toUpperCase() });
      const response = await test.api.post('/api/signup').send(second).expect(409);
      expect(response.body.message).toMatch(EMAIL_TAKEN);
      expect(response.body.errors).toEqual([{ field: 'email', message: response.body.message }]);
      expect(await emailsTo(test.api, first.email)).toHaveLength(1);
      expect(await count(`space WHERE siret = $1`, [second.siret])).toBe(0);
    });

    it('answers one 201 and 409s, never a 5xx, to identical signups sent together', async () => {
      const request = signupRequest();
      const responses = await Promise.all(Array.from({ length: 4 }, () => test.api.post('/api/signup').send(request)));
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409]);
      expect(await emailsTo(test.api, request.email)).toHaveLength(1);
      expect(await count(`space WHERE siret = $1`, [request.siret])).toBe(1);
    });

    /** Holds an uncommitted row in another transaction until the signup waits on the unique index. */
    async function raceAgainst(insert: string, parameters: unknown[], request: SignupRequest) {
      const runner = test.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(insert, parameters);
        const pending = test.api.post('/api/signup').send(request).then((response) => response);
        await expect
          .poll(async () => count(`pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`, []))
          .toBe(1);
        await runner.commitTransaction();
        return await pending;
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    }

    it('maps a SIRET unique violation (a concurrent twin) to the SIRET 409', async () => {
      const request = signupRequest();
      const response = await raceAgainst(
        `INSERT INTO space (kind, name, siret, category, status, created_at) VALUES ('tiers', 'Jumeau', $1, 'agc', 'en-attente-parametrage', now())`,
        [request.siret],
        request,
      );
      expect(response.status).toBe(409);
      expect(response.body.message).toMatch(SIRET_TAKEN);
      expect(await emailsTo(test.api, request.email)).toEqual([]);
    });

    it('maps an e-mail unique violation to the e-mail 409 and rolls the space back', async () => {
      const request = signupRequest();
      const response = await raceAgainst(
        `INSERT INTO person (email, first_name, last_name, created_at) VALUES ($1, 'Jumeau', 'Jumeau', now())`,
        [request.email.toUpperCase()],
        request,
      );
      expect(response.status).toBe(409);
      expect(response.body.message).toMatch(EMAIL_TAKEN);
      expect(await count(`space WHERE siret = $1`, [request.siret])).toBe(0);
      expect(await emailsTo(test.api, request.email)).toEqual([]);
    });
  });

  describe('the whole journey (steps 4 to 11)', () => {
    const request = signupRequest({ civility: 'M', firstName: 'Hugo', lastName: 'Lefebvre', companyName: 'Lefebvre Conseil' });
    let validationToken: string;
    let passwordToken: string;

    it('records the space awaiting configuration, its administrator and an audit event, in one go', async () => {
      const response = await test.api.post('/api/signup').send(request).expect(201);
      expect(response.body).toEqual({ email: request.email });
      const [row] = await test.dataSource.query(
        `SELECT space.kind, space.status, space.name, space.category, space_member.role, space_member.is_primary,
                person.email_verified_at, person.password_hash, person.civility
           FROM space JOIN space_member ON space_member.space_id = space.id JOIN person ON person.id = space_member.person_id
          WHERE space.siret = $1`,
        [request.siret],
      );
      expect(row).toEqual({
        kind: 'tiers',
        status: 'en-attente-parametrage',
        name: 'Lefebvre Conseil',
        category: 'expert-comptable',
        role: 'administrateur',
        is_primary: true,
        email_verified_at: null,
        password_hash: null,
        civility: 'M',
      });
      expect(await count(`audit_event WHERE kind = 'signup.submitted' AND details->>'category' = 'expert-comptable'`, [])).toBeGreaterThan(0);
    });

    it('sends the validation e-mail, with its link to the portal', async () => {
      const message = await latestEmailTo(test.api, request.email);
      expect(message.subject).toBe('Validez votre adresse courriel');
      expect(message.body).toContain('Bonjour M. Hugo Lefebvre,');
      expect(message.body).toContain('24 heures');
      validationToken = tokenOfLink(message, 'Valider mon adresse courriel', '/inscription/validation');
    });

    it('stores only the SHA-256 of the token', async () => {
      const found = await count(`one_time_token WHERE token_hash = sha256(convert_to($1, 'UTF8')) AND purpose = 'email-validation'`, [
        validationToken,
      ]);
      expect(found).toBe(1);
      const hex = Buffer.from(validationToken, 'utf8').toString('hex');
      expect(await count(`one_time_token t WHERE strpos(t::text, $1) > 0 OR strpos(t::text, $2) > 0`, [validationToken, hex])).toBe(0);
    });

    it('validates the address and hands over the password token (step 8)', async () => {
      const response = await test.api.post('/api/signup/validate-email').send({ token: validationToken }).expect(200);
      expect(response.body).toEqual({ email: request.email, passwordToken: expect.any(String) });
      passwordToken = response.body.passwordToken;
      expect(await count(`person WHERE email = $1 AND email_verified_at IS NOT NULL`, [request.email])).toBe(1);
      expect(await count(`audit_event WHERE kind = 'token.used' AND details->>'purpose' = 'email-validation'`, [])).toBeGreaterThan(0);
    });

    it('refuses the validation link a second time (410 used)', async () => {
      const response = await test.api.post('/api/signup/validate-email').send({ token: validationToken }).expect(410);
      expect(response.body).toEqual({ statusCode: 410, reason: 'used', message: expect.stringMatching(/^Ce lien a déjà été utilisé/) });
    });

    it.each([
      ['too short', 'Ab1', /exactement 8 caractères/],
      ['a special character', 'Ab1-efgh', /sans espace ni caractère spécial/],
      ['one of the most common', 'azerty12', /plus courants/],
      ['the person’s name', 'Hugo1234', /votre nom ni votre prénom/],
    ])('refuses a password %s (400), keeping the link usable', async (_label, password, message) => {
      const response = await test.api.post('/api/signup/password').send({ token: passwordToken, password }).expect(400);
      expect(response.body.message).toMatch(message);
    });

    it('refuses a password built on the SIRET', async () => {
      const password = `a${request.siret.slice(2, 9)}`;
      const response = await test.api.post('/api/signup/password').send({ token: passwordToken, password }).expect(400);
      expect(response.body.message).toMatch(/SIRET/);
    });

    it('creates the provisional password (step 9) and e-mails it masked (step 10)', async () => {
      await test.api.post('/api/signup/password').send({ token: passwordToken, password: GOOD_PASSWORD }).expect(204);
      const message = await latestEmailTo(test.api, request.email);
      expect(message.subject).toBe('Votre mot de passe provisoire');
      expect(message.body).toMatch(/provisoire, à changer dès la première connexion/);
      expect(message.body).toContain('••••••••');
      expect(message.body).not.toContain(GOOD_PASSWORD);
      expect(message.body).not.toContain(GOOD_PASSWORD.slice(-3));
      const [person]: { password_provisional: boolean; password_hash: string }[] = await test.dataSource.query(
        `SELECT password_provisional, password_hash FROM person WHERE email = $1`,
        [request.email],
      );
      expect(person.password_provisional).toBe(true);
      expect(person.password_hash).not.toContain(GOOD_PASSWORD);
      expect(test.logs.join('\n')).not.toContain(GOOD_PASSWORD);
    });

    it('refuses the password link a second time (410 used)', async () => {
      const response = await test.api.post('/api/signup/password').send({ token: passwordToken, password: 'Zz9yXw8v' }).expect(410);
      expect(response.body.reason).toBe('used');
    });

    it.each([
      ['the e-mail', () => request.email],
      ['the SIRET', () => request.siret],
    ])('logs in with %s and must change the password first (step 11)', async (_label, identifier) => {
      const client = await test.newClient();
      const response = await client.post('/api/auth/login').send({ identifier: identifier(), password: GOOD_PASSWORD }).expect(200);
      expect(response.body.mustChangePassword).toBe(true);
      expect(response.body.spaces).toEqual([expect.objectContaining({ siret: request.siret, status: 'en-attente-parametrage' })]);
    });
  });

  describe('the validation link over time', () => {
    it('works 23 h 59 min after it was sent', async () => {
      const token = await submitSignup(test.api, signupRequest());
      await advanceClock({ hours: 23, minutes: 59 });
      await test.api.post('/api/signup/validate-email').send({ token }).expect(200);
    });

    it('has expired 24 h 1 min after it was sent (410 expired)', async () => {
      const token = await submitSignup(test.api, signupRequest());
      await advanceClock({ hours: 24, minutes: 1 });
      const response = await test.api.post('/api/signup/validate-email').send({ token }).expect(410);
      expect(response.body).toEqual({ statusCode: 410, message: EXPIRED, reason: 'expired' });
    });

    it('gives a password token that expires after 1 hour', async () => {
      const token = await submitSignup(test.api, signupRequest());
      const validated = await test.api.post('/api/signup/validate-email').send({ token }).expect(200);
      await advanceClock({ hours: 1, minutes: 1 });
      const response = await test.api
        .post('/api/signup/password')
        .send({ token: validated.body.passwordToken, password: GOOD_PASSWORD })
        .expect(410);
      expect(response.body.reason).toBe('expired');
    });

    it('refuses an unknown link (410 unknown)', async () => {
      const response = await test.api.post('/api/signup/validate-email').send({ token: 'pas-un-jeton' }).expect(410);
      expect(response.body).toMatchObject({ statusCode: 410, reason: 'unknown', message: expect.stringMatching(/^Ce lien n'est pas valide/) });
    });
  });

  describe('resend (POST /api/signup/resend)', () => {
    it('replaces the previous link by a new one', async () => {
      const request = signupRequest();
      const oldToken = await submitSignup(test.api, request);
      const response = await test.api.post('/api/signup/resend').send({ email: request.email }).expect(202);
      expect(response.body.message).toMatch(/^Si cette adresse attend une validation/);
      expect(await emailsTo(test.api, request.email)).toHaveLength(2);
      const newToken = tokenOfLink(await latestEmailTo(test.api, request.email), 'Valider mon adresse courriel', '/inscription/validation');
      const refused = await test.api.post('/api/signup/validate-email').send({ token: oldToken }).expect(410);
      expect(refused.body.reason).toBe('replaced');
      await test.api.post('/api/signup/validate-email').send({ token: newToken }).expect(200);
    });

    it('answers the same for an unknown address and a finished signup, sending nothing', async () => {
      const finished = await completeSignup(test.api);
      const before = (await emailsTo(test.api, finished.email)).length;
      const unknown = newEmail('inconnu');
      const [a, b] = await Promise.all([
        test.api.post('/api/signup/resend').send({ email: unknown }).expect(202),
        test.api.post('/api/signup/resend').send({ email: finished.email }).expect(202),
      ]);
      expect(a.body).toEqual(b.body);
      expect(await emailsTo(test.api, unknown)).toEqual([]);
      expect(await emailsTo(test.api, finished.email)).toHaveLength(before);
    });

    it('finds the address whatever its case', async () => {
      const request = signupRequest();
      await submitSignup(test.api, request);
      await test.api.post('/api/signup/resend').send({ email: request.email.toUpperCase() }).expect(202);
      expect(await emailsTo(test.api, request.email)).toHaveLength(2);
    });

    it('stops sending after 5 requests an hour, still answering 202', async () => {
      const request = signupRequest();
      await submitSignup(test.api, request);
      for (let attempt = 0; attempt < 7; attempt++) {
        await test.api.post('/api/signup/resend').send({ email: request.email }).expect(202);
      }
      expect(await emailsTo(test.api, request.email)).toHaveLength(1 + 5);
    });

    it('refuses a malformed address (400)', async () => {
      const response = await test.api.post('/api/signup/resend').send({ email: 'pas-une-adresse' }).expect(400);
      expect(response.body.message).toMatch(/adresse courriel/);
    });
  });
});
