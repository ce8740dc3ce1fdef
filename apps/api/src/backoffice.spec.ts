import type { PendingSpace, SignupRequest } from '@portail/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createPerson, createSpace, type PersonFixture } from './testing/identity-fixtures';
import { completeSignup, emailsTo, latestEmailTo, newEmail, newSiret, signupRequest, submitSignup } from './testing/signup-journey';

type Client = Awaited<ReturnType<TestApp['newClient']>>;

describe('back-office of the Conseiller Urssaf (/api/backoffice)', () => {
  let test: TestApp;
  let conseiller: PersonFixture;
  let conseillerClient: Client;
  let older: SignupRequest & { password: string };
  let newer: SignupRequest & { password: string };
  let validatedOnly: SignupRequest;
  let notValidated: SignupRequest;

  const spaceIdOf = async (siret: string): Promise<string> =>
    ((await test.dataSource.query(`SELECT id FROM space WHERE siret = $1`, [siret])) as { id: string }[])[0].id;

  async function loggedIn(identifier: string, password: string): Promise<Client> {
    const client = await test.newClient();
    await client.post('/api/auth/login').send({ identifier, password }).expect(200);
    return client;
  }

  beforeAll(async () => {
    test = await createTestApp();
    conseiller = await createPerson(test.dataSource, { email: newEmail('conseiller'), backofficeRole: 'conseiller', lastName: 'Robert' });
    conseillerClient = await loggedIn(conseiller.email, conseiller.password);
    older = await completeSignup(test.api, { companyName: 'Cabinet Ancien' });
    newer = await completeSignup(test.api, { companyName: 'Cabinet Récent', category: 'agc' });
    validatedOnly = signupRequest({ companyName: 'Sans mot de passe' });
    const token = await submitSignup(test.api, validatedOnly);
    await test.api.post('/api/signup/validate-email').send({ token }).expect(200);
    notValidated = signupRequest({ companyName: 'Non validé' });
    await submitSignup(test.api, notValidated);
  });
  afterAll(() => test.close());

  describe('who may use it', () => {
    it('answers 401 to an anonymous visitor', async () => {
      const anonymous = await test.newClient();
      await anonymous.get('/api/backoffice/pending-spaces').expect(401);
      await anonymous.post(`/api/backoffice/spaces/${await spaceIdOf(older.siret)}/finalise`).expect(401);
    });

    it.each([
      ['an accountant', { backofficeRole: null }],
      ['a Formateur', { backofficeRole: 'formateur' as const }],
    ])('does not exist for %s (404)', async (_label, options) => {
      const person = await createPerson(test.dataSource, { email: newEmail('autre'), ...options });
      await createSpace(test.dataSource, { personId: person.id }, { siret: newSiret() });
      const client = await loggedIn(person.email, person.password);
      const list = await client.get('/api/backoffice/pending-spaces').expect(404);
      expect(list.body.message).toBe('Cette adresse ne correspond à aucune ressource du portail.');
      await client.post(`/api/backoffice/spaces/${await spaceIdOf(older.siret)}/finalise`).expect(404);
      await client.post('/api/backoffice/spaces/pas-un-uuid/finalise').expect(404);
      expect((await test.dataSource.query(`SELECT status FROM space WHERE siret = $1`, [older.siret]))[0].status).toBe(
        'en-attente-parametrage',
      );
    });
  });

  describe('pending spaces', () => {
    it('lists the completed signups awaiting configuration, oldest first, per the contract', async () => {
      const response = await conseillerClient.get('/api/backoffice/pending-spaces').expect(200);
      const spaces = response.body as PendingSpace[];
      expect(spaces.map((space) => space.siret)).toEqual([older.siret, newer.siret]);
      expect(spaces[1]).toEqual({
        id: await spaceIdOf(newer.siret),
        name: 'Cabinet Récent',
        siret: newer.siret,
        category: 'agc',
        administrator: { email: newer.email, firstName: newer.firstName, lastName: newer.lastName },
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      expect(Date.parse(spaces[0].createdAt)).toBeLessThanOrEqual(Date.parse(spaces[1].createdAt));
    });

    it('leaves out signups without a password or a validated address, and active spaces', async () => {
      const person = await createPerson(test.dataSource, { email: newEmail('actif') });
      const activeSiret = newSiret();
      await createSpace(test.dataSource, { personId: person.id }, { siret: activeSiret, status: 'actif' });
      const sirets = ((await conseillerClient.get('/api/backoffice/pending-spaces').expect(200)).body as PendingSpace[]).map(
        (space) => space.siret,
      );
      expect(sirets).not.toContain(validatedOnly.siret);
      expect(sirets).not.toContain(notValidated.siret);
      expect(sirets).not.toContain(activeSiret);
    });
  });

  describe('finalise', () => {
    let accountant: Client;
    let spaceId: string;

    beforeAll(async () => {
      spaceId = await spaceIdOf(older.siret);
      // Step 11: the first login replaces the provisional password.
      accountant = await loggedIn(older.siret, older.password);
      await accountant.post('/api/auth/password').send({ currentPassword: older.password, newPassword: 'Nb6cDf2h' }).expect(200);
    });

    it('shows the accountant a space whose portfolio is not available yet', async () => {
      const response = await accountant.get('/api/spaces/current').expect(200);
      expect(response.body).toMatchObject({ space: { id: spaceId, status: 'en-attente-parametrage' }, portfolioAvailable: false });
    });

    it('finalises the space: 200 the space, status actif, audit row, e-mail to the administrator', async () => {
      const response = await conseillerClient.post(`/api/backoffice/spaces/${spaceId}/finalise`).expect(200);
      expect(response.body).toEqual({
        id: spaceId,
        kind: 'tiers',
        name: 'Cabinet Ancien',
        siret: older.siret,
        status: 'actif',
        role: 'administrateur',
        rights: ['gestion-portefeuille', 'consultation-cotisations', 'declaration-revenus', 'paiement', 'messagerie'],
      });
      const [space] = await test.dataSource.query(`SELECT status, finalised_at, finalised_by FROM space WHERE id = $1`, [spaceId]);
      expect(space).toEqual({ status: 'actif', finalised_at: expect.any(Date), finalised_by: conseiller.id });
      const audit = await test.dataSource.query(
        `SELECT actor_person_id, subject_type FROM audit_event WHERE kind = 'space.finalised' AND subject_id = $1`,
        [spaceId],
      );
      expect(audit).toEqual([{ actor_person_id: conseiller.id, subject_type: 'space' }]);
      const message = await latestEmailTo(test.api, older.email);
      expect(message.subject).toBe('Le paramétrage de votre espace est finalisé');
      expect(message.body).toMatch(/rattachement des comptes de vos clients/);
      expect(message.links).toEqual([{ label: 'Accéder à mon espace', href: '/espace' }]);
    });

    it('opens the portfolio to the accountant at once', async () => {
      const response = await accountant.get('/api/spaces/current').expect(200);
      expect(response.body).toMatchObject({ space: { id: spaceId, status: 'actif' }, portfolioAvailable: true });
    });

    it('takes the space off the pending list', async () => {
      const sirets = ((await conseillerClient.get('/api/backoffice/pending-spaces').expect(200)).body as PendingSpace[]).map(
        (space) => space.siret,
      );
      expect(sirets).toEqual([newer.siret]);
    });

    it('answers 409 the second time, without a second e-mail', async () => {
      const before = (await emailsTo(test.api, older.email)).length;
      const response = await conseillerClient.post(`/api/backoffice/spaces/${spaceId}/finalise`).expect(409);
      expect(response.body.message).toBe('Le paramétrage de cet espace est déjà finalisé.');
      expect(await emailsTo(test.api, older.email)).toHaveLength(before);
    });

    it('answers 200 once and 409 once to two Conseillers finalising together, with one e-mail', async () => {
      const id = await spaceIdOf(newer.siret);
      const other = await createPerson(test.dataSource, { email: newEmail('conseiller'), backofficeRole: 'conseiller' });
      const otherClient = await loggedIn(other.email, other.password);
      // Both requests are made to wait on the space's row, then released together: a read without
      // a row lock would let both see it pending and both finalise it.
      const runner = test.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(`SELECT 1 FROM space WHERE id = $1 FOR UPDATE`, [id]);
        const pending = Promise.all(
          [conseillerClient, otherClient].map((client) => client.post(`/api/backoffice/spaces/${id}/finalise`).then((response) => response.status)),
        );
        await expect
          .poll(async () => (await test.dataSource.query(
            `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          ))[0].count)
          .toBe(2);
        await runner.commitTransaction();
        expect((await pending).sort()).toEqual([200, 409]);
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
      const subjects = (await emailsTo(test.api, newer.email)).map((message) => message.subject);
      expect(subjects.filter((subject) => subject === 'Le paramétrage de votre espace est finalisé')).toHaveLength(1);
    });

    it('refuses a signup that is not complete (409)', async () => {
      const response = await conseillerClient.post(`/api/backoffice/spaces/${await spaceIdOf(validatedOnly.siret)}/finalise`).expect(409);
      expect(response.body.message).toMatch(/^L'inscription de cet espace n'est pas terminée/);
    });

    it('answers 404 to an unknown space and 400 to a malformed id', async () => {
      const unknown = await conseillerClient.post('/api/backoffice/spaces/00000000-0000-4000-8000-000000000000/finalise').expect(404);
      expect(unknown.body.message).toBe("Cet espace n'existe pas.");
      const malformed = await conseillerClient.post('/api/backoffice/spaces/pas-un-uuid/finalise').expect(400);
      expect(malformed.body.message).toBe("L'identifiant de l'espace n'est pas valide (paramètre « id »).");
    });
  });
});
