import { HELP_ALREADY_VOTED, HELP_UNKNOWN_QUESTION, type HelpCentre, type HelpVote, type HelpVoteCount } from '@portail/domain';
import type TestAgent from 'supertest/lib/agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createPerson } from './testing/identity-fixtures';
import { loggedInAccountant } from './testing/portfolio-fixtures';
import { resetOk } from './testing/sandbox-fixtures';

/**
 * « La réponse à cette question vous a-t-elle été utile ? »: one vote per person and question
 * (POST /api/help/questions/:questionId/vote), the caller's votes, and the trainer's counts.
 */
describe('« Questions-Réponses » votes', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  const voteOn = (client: TestAgent, questionId: string, useful: unknown) =>
    client.post(`/api/help/questions/${encodeURIComponent(questionId)}/vote`).send({ useful });

  async function votesInTable(personId: string): Promise<{ question_id: string; useful: boolean }[]> {
    return test.dataSource.query(`SELECT question_id, useful FROM help_vote WHERE person_id = $1 ORDER BY question_id`, [personId]);
  }

  async function signedIn(options: Parameters<typeof createPerson>[1] = {}): Promise<TestAgent> {
    const person = await createPerson(test.dataSource, options);
    const client = await test.newClient();
    await client.post('/api/auth/login').send({ identifier: person.email, password: person.password }).expect(200);
    return client;
  }

  it('serves the help centre to anyone, and keeps votes for the signed-in', async () => {
    const help = (await test.api.get('/api/help/questions').expect(200)).body as HelpCentre;
    expect(help.title).toBe('Questions-Réponses');
    const anonymous = await test.newClient();
    expect((await anonymous.get('/api/help/votes').expect(401)).body.message).toBe('Vous devez vous connecter pour accéder à ce service.');
    expect((await voteOn(anonymous, 'code-de-securite-perdu', true).expect(401)).body.message).toBe(
      'Vous devez vous connecter pour accéder à ce service.',
    );
    const [{ count }] = await test.dataSource.query(`SELECT count(*)::int AS count FROM help_vote`);
    expect(count).toBe(0);
  });

  it('takes one vote per person and question: a second one is refused in French and changes nothing', async () => {
    const { client, personId } = await loggedInAccountant(test);
    const before = Date.parse((await test.api.get('/api/sandbox/clock').expect(200)).body.now);
    const vote = (await voteOn(client, 'code-de-securite-perdu', true).expect(201)).body as HelpVote;
    expect(vote).toEqual({ questionId: 'code-de-securite-perdu', useful: true, votedAt: expect.any(String) });
    expect(Date.parse(vote.votedAt)).toBeGreaterThanOrEqual(before);
    await voteOn(client, 'signaler-un-deces', false).expect(201);

    for (const useful of [false, true]) {
      expect((await voteOn(client, 'code-de-securite-perdu', useful).expect(409)).body.message).toBe(HELP_ALREADY_VOTED);
    }
    expect(HELP_ALREADY_VOTED).toBe('Vous avez déjà indiqué si cette réponse vous a été utile.');
    expect((await client.get('/api/help/votes').expect(200)).body).toEqual({ 'code-de-securite-perdu': true, 'signaler-un-deces': false });
    expect(await votesInTable(personId)).toEqual([
      { question_id: 'code-de-securite-perdu', useful: true },
      { question_id: 'signaler-un-deces', useful: false },
    ]);

    // Someone else's vote on the same question is theirs.
    const other = await signedIn();
    await voteOn(other, 'code-de-securite-perdu', false).expect(201);
    expect((await other.get('/api/help/votes').expect(200)).body).toEqual({ 'code-de-securite-perdu': false });
  });

  it('keeps exactly one row when the same person votes several times at once', async () => {
    const { client, personId } = await loggedInAccountant(test);
    const answers = await Promise.all([true, false, true, false, true].map((useful) => voteOn(client, 'nombre-de-clients', useful)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const winner = answers.find((answer) => answer.status === 201)?.body as HelpVote;
    expect(await votesInTable(personId)).toEqual([{ question_id: 'nombre-de-clients', useful: winner.useful }]);
  });

  it('dates the vote by the sandbox clock', async () => {
    const trainer = await test.trainer();
    await trainer.post('/api/sandbox/clock/advance').send({ days: 3 }).expect(200);
    try {
      const { client } = await loggedInAccountant(test);
      const vote = (await voteOn(client, 'aides-et-demarches', true).expect(201)).body as HelpVote;
      expect(Date.parse(vote.votedAt) - Date.now()).toBeGreaterThan(3 * 24 * 3600 * 1000 - 60_000);
    } finally {
      await trainer.post('/api/sandbox/clock/reset').expect(200);
    }
  });

  it('answers 404 in French to a question the help centre does not have, and 400 to a vote that is not yes or no', async () => {
    const { client, personId } = await loggedInAccountant(test);
    for (const questionId of ['inconnue', 'CODE-DE-SECURITE-PERDU', "' OR 1=1 --", 'x'.repeat(300)]) {
      expect((await voteOn(client, questionId, true).expect(404)).body.message).toBe(HELP_UNKNOWN_QUESTION);
    }
    // Text PostgreSQL cannot store is refused by the global pipe before any lookup (issue #13).
    expect((await voteOn(client, '\u0000', true).expect(400)).body.message).toBe('Le champ « questionId » contient un caractère non autorisé.');
    for (const useful of ['oui', 1, null, undefined]) {
      expect((await voteOn(client, 'code-de-securite-perdu', useful).expect(400)).body.message).toMatch(/« useful »/);
    }
    expect(await votesInTable(personId)).toEqual([]);
  });

  it('forgets the votes of a person who is deleted', async () => {
    const { client, personId } = await loggedInAccountant(test);
    await voteOn(client, 'quota', true).expect(404);
    await voteOn(client, 'delai-d-envoi-du-mandat', true).expect(201);
    await test.dataSource.query(`DELETE FROM person WHERE id = $1`, [personId]);
    expect(await votesInTable(personId)).toEqual([]);
  });

  describe('the trainer’s counts (GET /api/sandbox/help-votes)', () => {
    it('counts « oui » and « non » for every question, zeros included, in the help centre’s order', async () => {
      const trainer = await test.trainer();
      const read = async () => (await trainer.get('/api/sandbox/help-votes').expect(200)).body as HelpVoteCount[];
      const before = await read();
      for (const useful of [false, false, true]) {
        await voteOn((await loggedInAccountant(test)).client, 'etapes-de-la-mediation', useful).expect(201);
      }
      await voteOn((await loggedInAccountant(test)).client, 'saisir-le-mediateur', true).expect(201);
      const after = await read();

      const help = (await test.api.get('/api/help/questions').expect(200)).body as HelpCentre;
      expect(after.map((count) => [count.themeId, count.questionId, count.question])).toEqual(
        help.themes.flatMap((theme) => theme.questions.map((question) => [theme.id, question.id, question.question])),
      );
      const added = Object.fromEntries(
        after.map((count, index) => [count.questionId, [count.useful - before[index].useful, count.notUseful - before[index].notUseful]]),
      );
      expect(Object.entries(added).filter(([, [useful, notUseful]]) => useful !== 0 || notUseful !== 0)).toEqual([
        ['saisir-le-mediateur', [1, 0]],
        ['etapes-de-la-mediation', [1, 2]],
      ]);
      expect(after.find((count) => count.questionId === 'etapes-de-la-mediation')).toEqual({
        questionId: 'etapes-de-la-mediation',
        question: 'Quelles sont les différentes étapes d\'une médiation ?',
        themeId: 'reclamation-et-mediation',
        theme: 'Réclamation et médiation',
        useful: 1,
        notUseful: 2,
      });
      // Nobody voted on it: a row all the same.
      expect(after.find((count) => count.questionId === 'services-compte-rsi')).toMatchObject({ useful: 0, notUseful: 0 });
      // Every count is the table's.
      const rows: { question_id: string; useful: number; not_useful: number }[] = await test.dataSource.query(
        `SELECT question_id, count(*) FILTER (WHERE useful)::int AS useful, count(*) FILTER (WHERE NOT useful)::int AS not_useful
           FROM help_vote GROUP BY question_id`,
      );
      rows.sort((a, b) => a.question_id.localeCompare(b.question_id));
      expect(
        after
          .filter((count) => count.useful + count.notUseful > 0)
          .map((count) => ({ question_id: count.questionId, useful: count.useful, not_useful: count.notUseful }))
          .sort((a, b) => a.question_id.localeCompare(b.question_id)),
      ).toEqual(rows);
    });

    it('is the Formateur’s only: 404 to anyone else signed in, 401 anonymous', async () => {
      const { client } = await loggedInAccountant(test);
      expect((await client.get('/api/sandbox/help-votes').expect(404)).body.message).toBe('Cette adresse ne correspond à aucune ressource du portail.');
      await (await signedIn({ backofficeRole: 'conseiller' })).get('/api/sandbox/help-votes').expect(404);
      await (await test.newClient()).get('/api/sandbox/help-votes').expect(401);
    });

    // Last: it empties the sandbox. The Formateur's own vote goes too (his person row stays).
    it('starts again from zero after a sandbox reset', async () => {
      const trainer = await test.trainer();
      await voteOn(trainer, 'signaler-un-deces', true).expect(201);
      await resetOk(trainer, 'demarrage');
      const counts = (await trainer.get('/api/sandbox/help-votes').expect(200)).body as HelpVoteCount[];
      expect(counts).toHaveLength(30);
      expect(counts.filter((count) => count.useful + count.notUseful > 0)).toEqual([]);
      expect((await trainer.get('/api/help/votes').expect(200)).body).toEqual({});
    });
  });
});
