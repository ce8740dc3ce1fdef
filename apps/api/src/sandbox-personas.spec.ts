import type { PersonaCard } from '@portail/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TRAINER_LOGIN } from './testing/create-test-app';
import { resetOk } from './testing/sandbox-fixtures';

describe('the personas of the trainer’s console: « Agir en tant que » and back', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  /** A browser of its own, logged in as the Formateur (act-as replaces its session). */
  async function trainer() {
    const client = await test.newClient();
    await client.post('/api/auth/login').send(TRAINER_LOGIN).expect(200);
    return client;
  }

  const sessionsOf = async (email: string): Promise<number> =>
    (await test.dataSource.query(`SELECT count(*)::int AS count FROM session JOIN person ON person.id = session.person_id WHERE person.email = $1`, [email]))[0].count;

  it('lists the current scenario’s personas, clients with their secret answers and identifiers', async () => {
    const cards = (await (await trainer()).get('/api/sandbox/personas').expect(200)).body as PersonaCard[];
    expect(cards.slice(0, 6).map((card) => [card.kind, card.key, card.canActAs])).toEqual([
      ['formateur', 'formateur@portail-tiers.test', false],
      ['conseiller', 'conseiller@urssaf.test', true],
      ['expert-comptable', 'marie.lefebvre@cabinet-lefebvre.fr', true],
      ['expert-comptable', 'jacques.bernard@cabinet-bernard.fr', true],
      ['travailleur-independant', 'paul.durand@exemple.fr', true],
      ['collaborateur', 'julie.moreau@cabinet-lefebvre.fr', true],
    ]);
    const marie = cards.find((card) => card.key === 'marie.lefebvre@cabinet-lefebvre.fr');
    expect(marie?.identifiers).toEqual(
      expect.arrayContaining([
        { label: 'SIRET du cabinet', value: '44306184100013' },
        { label: 'Mot de passe', value: 'Bilan024' },
      ]),
    );
    const paul = cards.find((card) => card.kind === 'travailleur-independant');
    expect(paul?.identifiers).toContainEqual({ label: 'NIR (identifiant de connexion, sans la clé)', value: '1850575056123' });
    expect(paul?.secretAnswers).toHaveLength(2);
    const sophie = cards.find((card) => card.key === 'client:90000000001');
    expect(sophie).toMatchObject({
      kind: 'client',
      canActAs: false,
      name: 'MARTIN Sophie (Boulangerie Martin)',
      identifiers: [
        { label: 'SIREN', value: '912345675' },
        { label: 'N° travailleur indépendant', value: '90000000001' },
      ],
      secretAnswers: [
        { question: 'Quelle est la ville de naissance de votre mère ?', answer: 'Saint-Étienne' },
        { question: 'Quel était le nom de votre premier animal de compagnie ?', answer: 'Noisette' },
      ],
    });
    const gerant = cards.find((card) => card.key === 'client:90000000002');
    expect(gerant?.identifiers[0]).toEqual({ label: 'NIR (avec sa clé)', value: '178036912390104' });
    const clients = cards.filter((card) => card.kind === 'client');
    expect(clients.length).toBeGreaterThanOrEqual(6);
    expect(clients.every((card) => card.secretAnswers.length === 2 && card.secretAnswers.every((pair) => pair.answer.length > 0))).toBe(true);
    expect(JSON.stringify(cards)).not.toMatch(/personId|password_hash|\$2[aby]\$/);
  });

  it('acts as the Conseiller: his session, with the Formateur behind it; « Revenir à la console » gives the Formateur back', async () => {
    const client = await trainer();
    const before = await sessionsOf('formateur@portail-tiers.test');
    const acted = await client.post('/api/sandbox/personas/conseiller@urssaf.test/act-as').expect(200);
    expect(acted.body).toEqual({ redirectTo: '/conseiller' });
    expect(String(acted.headers['set-cookie'])).toMatch(/pt_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict/);
    const state = (await client.get('/api/auth/session').expect(200)).body;
    expect(state).toMatchObject({ person: { email: 'conseiller@urssaf.test', backofficeRole: 'conseiller' }, actingTrainer: { name: 'Thomas Roux' } });
    await client.get('/api/backoffice/pending-spaces').expect(200);
    // The Formateur's own session was closed: one person per browser session.
    expect(await sessionsOf('formateur@portail-tiers.test')).toBe(before - 1);
    await client.get('/api/sandbox/personas').expect(404);
    const [audit] = await test.dataSource.query(`SELECT details FROM audit_event WHERE kind = 'sandbox.act-as' ORDER BY id DESC LIMIT 1`);
    expect(audit.details).toEqual({ persona: 'conseiller@urssaf.test' });

    const back = await client.post('/api/sandbox/personas/return').expect(200);
    expect(back.body).toEqual({ redirectTo: '/bac-a-sable/console' });
    const again = (await client.get('/api/auth/session').expect(200)).body;
    expect(again.person.email).toBe('formateur@portail-tiers.test');
    expect(again.actingTrainer).toBeUndefined();
    await client.get('/api/sandbox/personas').expect(200);
    // The persona's session is gone, and a second « return » finds nothing to return to.
    await client.post('/api/sandbox/personas/return').expect(404);
  });

  it('acts as an accountant with two spaces (choice), a collaborator (her space chosen) and a TI', async () => {
    const client = await trainer();
    expect((await client.post('/api/sandbox/personas/marie.lefebvre@cabinet-lefebvre.fr/act-as').expect(200)).body).toEqual({ redirectTo: '/espace/choisir' });
    const marie = (await client.get('/api/auth/session').expect(200)).body;
    expect(marie).toMatchObject({ person: { email: 'marie.lefebvre@cabinet-lefebvre.fr' }, currentSpaceId: null, actingTrainer: { name: 'Thomas Roux' } });
    await client.post('/api/sandbox/personas/return').expect(200);

    expect((await client.post('/api/sandbox/personas/julie.moreau@cabinet-lefebvre.fr/act-as').expect(200)).body).toEqual({ redirectTo: '/espace' });
    const julie = (await client.get('/api/auth/session').expect(200)).body;
    expect(julie.currentSpaceId).toBe(julie.spaces[0].id);
    expect((await client.get('/api/portfolio/summary').expect(200)).body.counts.rattache).toBe(5);
    await client.post('/api/sandbox/personas/return').expect(200);

    expect((await client.post('/api/sandbox/personas/PAUL.DURAND@exemple.fr/act-as').expect(200)).body).toEqual({ redirectTo: '/espace/choisir' });
    const paul = (await client.get('/api/auth/session').expect(200)).body;
    const tiSpace = paul.spaces.find((space: { kind: string }) => space.kind === 'travailleur-independant');
    await client.post('/api/auth/space').send({ spaceId: tiSpace.id }).expect(200);
    await client.get('/api/me/cotisations').expect(200);
    expect((await client.get('/api/auth/session').expect(200)).body.actingTrainer).toEqual({ name: 'Thomas Roux' });
    await client.post('/api/sandbox/personas/return').expect(200);
  });

  it('acts as a migrated accountant who must change his password: the way back survives the change', async () => {
    const client = await trainer();
    expect((await client.post('/api/sandbox/personas/jacques.bernard@cabinet-bernard.fr/act-as').expect(200)).body).toEqual({
      redirectTo: '/mot-de-passe/changer',
    });
    expect((await client.get('/api/auth/session').expect(200)).body).toMatchObject({ mustChangePassword: true, actingTrainer: { name: 'Thomas Roux' } });
    await client.get('/api/portfolio/summary').expect(403);
    await client.post('/api/auth/password').send({ currentPassword: 'Secu2021', newPassword: 'Compta77' }).expect(200);
    expect((await client.get('/api/auth/session').expect(200)).body).toMatchObject({ mustChangePassword: false, actingTrainer: { name: 'Thomas Roux' } });
    await client.post('/api/sandbox/personas/return').expect(200);
    expect((await client.get('/api/auth/session').expect(200)).body.person.backofficeRole).toBe('formateur');
  });

  it('refuses what cannot be acted as: a client without an account, an unknown key, the Formateur himself', async () => {
    const client = await trainer();
    for (const key of ['client:90000000001', 'personne@nulle-part.test', 'formateur@portail-tiers.test']) {
      const refusal = await client.post(`/api/sandbox/personas/${encodeURIComponent(key)}/act-as`).expect(404);
      expect(refusal.body.message, key).toMatch(/personnage/);
    }
    expect((await client.get('/api/auth/session').expect(200)).body.person.backofficeRole).toBe('formateur');
  });

  it('is the Formateur’s only: 404 to anyone else, 401 without a session; « return » is 404 without a Formateur behind', async () => {
    const accountant = await test.newClient();
    await accountant.post('/api/auth/login').send({ identifier: '44306184100013', password: 'Bilan024' }).expect(200);
    await accountant.get('/api/sandbox/personas').expect(404);
    await accountant.post('/api/sandbox/personas/conseiller@urssaf.test/act-as').expect(404);
    const notActing = await accountant.post('/api/sandbox/personas/return').expect(404);
    expect(notActing.body.message).toMatch(/console/);
    await (await trainer()).post('/api/sandbox/personas/return').expect(404);
    const anonymous = await test.newClient();
    await anonymous.get('/api/sandbox/personas').expect(401);
    await anonymous.post('/api/sandbox/personas/return').expect(401);
  });

  it('follows the scenario: after a reset to « Cabinet établi », its own personas and clients', async () => {
    const client = await trainer();
    await resetOk(client, 'cabinet-etabli');
    const cards = (await client.get('/api/sandbox/personas').expect(200)).body as PersonaCard[];
    expect(cards.map((card) => card.key)).toEqual(
      expect.arrayContaining(['helene.marchand@cabinet-marchand.fr', 'lucas.petit@cabinet-marchand.fr', 'emma.fontaine@cabinet-marchand.fr']),
    );
    expect(cards.some((card) => card.key === 'marie.lefebvre@cabinet-lefebvre.fr')).toBe(false);
    const pending = cards.find((card) => card.label.includes('en attente de rattachement'));
    expect(pending?.secretAnswers).toHaveLength(2);
    expect((await client.post('/api/sandbox/personas/lucas.petit@cabinet-marchand.fr/act-as').expect(200)).body).toEqual({ redirectTo: '/espace' });
    await client.post('/api/sandbox/personas/return').expect(200);
    // The administrator finalises the pending client with the answers on its card.
    expect((await client.post('/api/sandbox/personas/helene.marchand@cabinet-marchand.fr/act-as').expect(200)).body).toEqual({ redirectTo: '/espace' });
    const siren = pending?.identifiers.find((identifier) => identifier.label === 'SIREN')?.value ?? '';
    const [row] = (await client.get('/api/portfolio/clients').query({ search: siren }).expect(200)).body.items;
    expect(row).toMatchObject({ siren, status: 'en-attente' });
    const answers = pending?.secretAnswers.map((pair) => pair.answer);
    expect((await client.post(`/api/portfolio/clients/${row.id}/finalise`).send({ method: 'questions', answers }).expect(200)).body.status).toBe('rattache');
    await client.post('/api/sandbox/personas/return').expect(200);
  });

  it('answers the Formateur’s hostile input on the console with a French 4xx, never a 5xx', async () => {
    const client = await trainer();
    const endpoints = [
      ['get', '/api/sandbox/resets/{}'],
      ['post', '/api/sandbox/resets'],
      ['post', '/api/sandbox/personas/{}/act-as'],
      ['post', '/api/sandbox/trainees'],
    ] as const;
    const hostile = fc.oneof(fc.string(), fc.constantFrom('\u0000', '%00', "' OR 1=1 --", '../..', 'client:', 'client:90000000001', '{}'), fc.uuid());
    for (const [method, path] of endpoints) {
      await fc.assert(
        fc.asyncProperty(hostile, fc.oneof(fc.jsonValue(), fc.record({ scenario: hostile, count: fc.oneof(fc.double(), hostile) })), async (parameter, body) => {
          const response = await client[method](path.replace('{}', encodeURIComponent(parameter))).set('content-type', 'application/json').send(JSON.stringify(body));
          expect(response.status, `${method} ${path} ${parameter}`).toBeLessThan(500);
          if (response.status >= 400) expect(response.body.message).toEqual(expect.any(String));
          expect(response.status).not.toBe(401);
        }),
        { numRuns: 40 },
      );
    }
  });
});

describe('the trainer’s console with SANDBOX=false', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({ sandbox: false });
  });
  afterAll(() => test.close());

  it.each([
    ['get', '/api/sandbox/scenarios'],
    ['post', '/api/sandbox/resets'],
    ['get', '/api/sandbox/resets/00000000-0000-4000-8000-000000000000'],
    ['get', '/api/sandbox/personas'],
    ['post', '/api/sandbox/personas/conseiller@urssaf.test/act-as'],
    ['post', '/api/sandbox/personas/return'],
    ['get', '/api/sandbox/trainees'],
    ['post', '/api/sandbox/trainees'],
    ['delete', '/api/sandbox/trainees'],
  ] as const)('%s %s does not exist', async (method, path) => {
    await test.api[method](path).send({ scenario: 'demarrage', count: 1 }).expect(404);
  });
});
