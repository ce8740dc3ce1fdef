import { isValidSiret, PASSWORD_PATTERN, type PersonaCard, type TraineeCard } from '@portail/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { resetOk } from './testing/sandbox-fixtures';

describe('the class of trainees', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  async function login(identifier: string, password: string, status = 200) {
    const client = await test.newClient();
    await client.post('/api/auth/login').send({ identifier, password }).expect(status);
    return client;
  }

  /** What « Ajouter un client » needs for a card's client. */
  function addRequest(client: TraineeCard['clients'][number]) {
    const value = (label: string) => client.identifiers.find((identifier) => identifier.label.startsWith(label))?.value;
    return value('SIREN') ? { kind: 'entreprise', siren: value('SIREN') } : { kind: 'gerant-sans-siret', nir: value('NIR'), tiNumber: value('N° travailleur') };
  }

  it('creates numbered trainees, each with an account, a firm of their own and five clients no one else has', async () => {
    const trainer = await test.trainer();
    const first = (await trainer.post('/api/sandbox/trainees').send({ count: 3 }).expect(201)).body as TraineeCard[];
    expect(first.map((card) => [card.number, card.name, card.email, card.firmName])).toEqual([
      [1, 'Stagiaire 01', 'stagiaire01@formation.test', 'Cabinet Stagiaire 01'],
      [2, 'Stagiaire 02', 'stagiaire02@formation.test', 'Cabinet Stagiaire 02'],
      [3, 'Stagiaire 03', 'stagiaire03@formation.test', 'Cabinet Stagiaire 03'],
    ]);
    // Numbering continues; the answer is the whole class.
    const all = (await trainer.post('/api/sandbox/trainees').send({ count: 2 }).expect(201)).body as TraineeCard[];
    expect(all.map((card) => card.number)).toEqual([1, 2, 3, 4, 5]);
    expect((await trainer.get('/api/sandbox/trainees').expect(200)).body).toEqual(all);
    for (const card of all) {
      expect(card.password).toMatch(PASSWORD_PATTERN);
      expect(isValidSiret(card.siret)).toBe(true);
      expect(card.accountExists).toBe(true);
      expect(card.clients).toHaveLength(5);
      for (const client of card.clients) expect(client.secretAnswers.map((pair) => pair.answer.length > 0)).toEqual([true, true]);
    }
    expect(new Set(all.map((card) => card.siret)).size).toBe(5);
    const identifiers = all.flatMap((card) => card.clients.map((client) => client.identifiers.map((identifier) => identifier.value).join('|')));
    expect(new Set(identifiers).size).toBe(25);
    // No seeded firm uses a trainee's SIRET, and no seeded portfolio holds a trainee's client.
    const [{ taken }] = await test.dataSource.query(
      `SELECT count(*)::int AS taken FROM space WHERE siret = ANY($1::text[]) AND name NOT LIKE 'Cabinet Stagiaire%'`,
      [all.map((card) => card.siret)],
    );
    expect(taken).toBe(0);
    const tiNumbers = all.flatMap((card) => card.clients.map((client) => client.identifiers.find((identifier) => identifier.label.startsWith('N° travailleur'))?.value));
    const [{ attached }] = await test.dataSource.query(
      `SELECT count(*)::int AS attached FROM attachment JOIN contributor ON contributor.id = attachment.contributor_id WHERE contributor.ti_number = ANY($1::text[])`,
      [tiNumbers],
    );
    expect(attached).toBe(0);
    // Trainees come last among the personas.
    const personas = (await trainer.get('/api/sandbox/personas').expect(200)).body as PersonaCard[];
    expect(personas.slice(-5).map((card) => [card.kind, card.key, card.canActAs])).toEqual(all.map((card) => ['stagiaire', card.email, true]));
  });

  it('refuses a class above 60 trainees and a count that is not a whole number between 1 and 60, in French', async () => {
    const trainer = await test.trainer();
    const tooMany = await trainer.post('/api/sandbox/trainees').send({ count: 56 }).expect(409);
    expect(tooMany.body.message).toMatch(/vous pouvez en ajouter 55 au plus/);
    for (const count of [0, 61, 2.5, '3']) {
      expect((await trainer.post('/api/sandbox/trainees').send({ count }).expect(400)).body.message).toMatch(/« count »/);
    }
  });

  it('lets a trainee log in (e-mail or SIRET) to a finalised, empty firm and attach one of their own clients with the card’s answers', async () => {
    const [card] = (await (await test.trainer()).get('/api/sandbox/trainees').expect(200)).body as TraineeCard[];
    const bySiret = await login(card.siret, card.password);
    const state = (await bySiret.get('/api/auth/session').expect(200)).body;
    expect(state.mustChangePassword).toBe(false);
    expect(state.spaces).toEqual([expect.objectContaining({ kind: 'tiers', name: card.firmName, status: 'actif', role: 'administrateur' })]);
    expect((await bySiret.get('/api/portfolio/summary').expect(200)).body.counts).toEqual({ rattache: 0, 'en-attente': 0, bloque: 0 });
    const trainee = await login(card.email, card.password);
    const [client] = card.clients;
    const added = (await trainee.post('/api/portfolio/clients').send(addRequest(client)).expect(201)).body;
    expect(added.status).toBe('en-attente');
    const answers = client.secretAnswers.map((pair) => pair.answer);
    expect((await trainee.post(`/api/portfolio/clients/${added.id}/finalise`).send({ method: 'questions', answers }).expect(200)).body.status).toBe('rattache');
  });

  it('survives a reset to « Cabinet établi » with the same cards, accounts and empty firms', async () => {
    const trainer = await test.trainer();
    const before = (await trainer.get('/api/sandbox/trainees').expect(200)).body as TraineeCard[];
    await resetOk(trainer, 'cabinet-etabli');
    expect((await trainer.get('/api/sandbox/trainees').expect(200)).body).toEqual(before);
    for (const card of before) {
      const trainee = await login(card.email, card.password);
      expect((await trainee.get('/api/portfolio/summary').expect(200)).body.counts, card.email).toEqual({ rattache: 0, 'en-attente': 0, bloque: 0 });
    }
    // Their clients are still theirs to add: none of the 5,000 of the Cabinet Marchand.
    const trainee = await login(before[1].email, before[1].password);
    await trainee.post('/api/portfolio/clients').send(addRequest(before[1].clients[4])).expect(201);
  });

  it('« Démarrage » keeps the cards but no account: each trainee signs up with their card', async () => {
    const trainer = await test.trainer();
    await resetOk(trainer, 'demarrage');
    const cards = (await trainer.get('/api/sandbox/trainees').expect(200)).body as TraineeCard[];
    expect(cards).toHaveLength(5);
    expect(cards.every((card) => !card.accountExists)).toBe(true);
    const [{ people }] = await test.dataSource.query(`SELECT count(*)::int AS people FROM person WHERE email LIKE 'stagiaire%'`);
    expect(people).toBe(0);
    await login(cards[0].email, cards[0].password, 401);
    const personas = (await trainer.get('/api/sandbox/personas').expect(200)).body as PersonaCard[];
    expect(personas.filter((card) => card.kind === 'stagiaire').every((card) => !card.canActAs)).toBe(true);
    // The 12 steps with the card's SIRET and e-mail.
    const visitor = await test.newClient();
    await visitor.post('/api/signup/check-siret').send({ siret: cards[0].siret }).expect(200);
    await visitor
      .post('/api/signup')
      .send({
        profile: 'tiers-mandate',
        siret: cards[0].siret,
        category: 'expert-comptable',
        companyName: cards[0].firmName,
        civility: 'Mme',
        firstName: 'Alice',
        lastName: 'Stagiaire',
        email: cards[0].email,
      })
      .expect(201);
    expect(((await trainer.get('/api/sandbox/trainees').expect(200)).body as TraineeCard[])[0].accountExists).toBe(true);
    // Trainees added in « Démarrage » get no account either.
    const grown = (await trainer.post('/api/sandbox/trainees').send({ count: 1 }).expect(201)).body as TraineeCard[];
    expect(grown.at(-1)).toMatchObject({ number: 6, accountExists: false });
  });

  it('deletes the class with its accounts and firms', async () => {
    const trainer = await test.trainer();
    await resetOk(trainer, 'migration');
    const cards = (await trainer.get('/api/sandbox/trainees').expect(200)).body as TraineeCard[];
    await login(cards[5].email, cards[5].password);
    await trainer.delete('/api/sandbox/trainees').expect(204);
    expect((await trainer.get('/api/sandbox/trainees').expect(200)).body).toEqual([]);
    await login(cards[0].email, cards[0].password, 401);
    const [{ left }] = await test.dataSource.query(
      `SELECT (SELECT count(*) FROM person WHERE email LIKE 'stagiaire%') + (SELECT count(*) FROM space WHERE name LIKE 'Cabinet Stagiaire%') AS left`,
    );
    expect(Number(left)).toBe(0);
    // Numbering starts again at 1.
    expect(((await trainer.post('/api/sandbox/trainees').send({ count: 1 }).expect(201)).body as TraineeCard[])[0].number).toBe(1);
  });

  it('is the Formateur’s only: 404 to anyone else, 401 without a session', async () => {
    const anonymous = await test.newClient();
    await anonymous.get('/api/sandbox/trainees').expect(401);
    const conseiller = await login('conseiller@urssaf.test', 'Conseil1');
    await conseiller.get('/api/sandbox/trainees').expect(404);
    await conseiller.post('/api/sandbox/trainees').send({ count: 1 }).expect(404);
    await conseiller.delete('/api/sandbox/trainees').expect(404);
  });
});
