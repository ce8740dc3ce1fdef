import { type FirmRight, parisYear } from '@portail/domain';
import type TestAgent from 'supertest/lib/agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, lastEmailTo, loggedIn } from './testing/accounts-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createPerson, createSpace } from './testing/identity-fixtures';
import { loggedInAccountant } from './testing/portfolio-fixtures';

/**
 * « Je dépose une réclamation » (POST/GET /api/complaints) and the Conseiller's answer
 * (/api/backoffice/complaints): routed to the Urssaf, the Cpam or the Carsat, a receipt dated by the
 * sandbox clock, an e-mail at each stage, the space's own réclamations only.
 */
describe('réclamations', () => {
  let test: TestApp;
  let conseiller: TestAgent;
  const unknownId = '00000000-0000-4000-8000-000000000000';
  const question = { topic: 'cotisations', subject: 'Échéance de mars', body: 'Mon échéance de mars a été prélevée deux fois.' };

  beforeAll(async () => {
    test = await createTestApp();
    const person = await createPerson(test.dataSource, { email: 'conseiller@reclamations.test', backofficeRole: 'conseiller' });
    conseiller = await loggedIn(test, person);
  });
  afterAll(() => test.close());

  let tiCounter = 0;
  async function loggedInTi(firstName = 'Paul', lastName = 'Durand'): Promise<{ client: TestAgent; email: string; spaceId: string }> {
    tiCounter += 1;
    const person = await createPerson(test.dataSource, { email: `ti-${tiCounter}@reclamations.test`, firstName, lastName });
    const spaceId = await createSpace(test.dataSource, { personId: person.id }, { kind: 'travailleur-independant', name: `${firstName} ${lastName}` });
    return { client: await loggedIn(test, person), email: person.email, spaceId };
  }

  async function collaborator(spaceId: string, rights: FirmRight[]): Promise<TestAgent> {
    return loggedIn(test, await createMember(test.dataSource, { spaceId, rights }));
  }

  it('files a réclamation with a receipt: reference, date of the sandbox clock, organism, status « reçue », and an accusé de réception', async () => {
    const future = new Date(Date.now() + 40 * 24 * 3600 * 1000);
    await (await test.trainer()).post('/api/sandbox/clock/set').send({ at: future.toISOString() }).expect(200);
    const ti = await loggedInTi();

    const receipt = (await ti.client.post('/api/complaints').send({ ...question, subject: '  Échéance de mars  ' }).expect(201)).body;
    expect(receipt).toEqual({
      id: expect.any(String),
      reference: expect.stringMatching(new RegExp(`^REC-${parisYear(future)}-\\d{6}$`)),
      topic: 'cotisations',
      organism: 'Urssaf',
      subject: 'Échéance de mars',
      body: question.body,
      status: 'recue',
      receivedAt: expect.any(String),
      answer: null,
    });
    // The sandbox clock's date, not the real one.
    expect(Math.abs(new Date(receipt.receivedAt).getTime() - future.getTime())).toBeLessThan(60_000);

    const email = await lastEmailTo(test, ti.email);
    expect(email.subject).toBe(`Accusé de réception de votre réclamation ${receipt.reference}`);
    expect(email.body).toContain('Bonjour Paul Durand,');
    expect(email.body).toContain('transmise à votre Urssaf');
    expect(email.body).toContain('Nous prenons en charge toutes les demandes et nous engageons à les traiter dans les plus brefs délais.');
    expect(email.links).toEqual([{ label: 'Voir ma réclamation', href: `/reclamations/${receipt.id}` }]);

    expect((await ti.client.get(`/api/complaints/${receipt.id}`).expect(200)).body).toEqual(receipt);
    expect((await ti.client.get('/api/complaints').expect(200)).body).toEqual([receipt]);
  });

  it('routes cotisations to the Urssaf, santé to the Cpam, retraite to the Carsat, with a new reference each time', async () => {
    const ti = await loggedInTi();
    const filed = [];
    for (const topic of ['cotisations', 'sante', 'retraite']) {
      filed.push((await ti.client.post('/api/complaints').send({ ...question, topic }).expect(201)).body);
    }
    expect(filed.map((complaint) => complaint.organism)).toEqual(['Urssaf', 'Cpam', 'Carsat']);
    expect(new Set(filed.map((complaint) => complaint.reference)).size).toBe(3);
    expect((await lastEmailTo(test, ti.email)).body).toContain('transmise à votre Carsat');
    // Newest first.
    expect((await ti.client.get('/api/complaints').expect(200)).body.map((complaint: { topic: string }) => complaint.topic)).toEqual([
      'retraite',
      'sante',
      'cotisations',
    ]);
  });

  it('refuses an unknown topic, a subject of 2 or 121 characters, an empty or too long question, in French, storing nothing', async () => {
    const ti = await loggedInTi();
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ ...question, topic: 'impots' }, 'topic', 'Indiquez ce que concerne votre question'],
      [{ subject: question.subject, body: question.body }, 'topic', 'Indiquez ce que concerne votre question'],
      [{ ...question, subject: 'ab' }, 'subject', 'L’objet comporte au moins 3 caractères (champ « subject »).'],
      [{ ...question, subject: '  ab   ' }, 'subject', 'L’objet comporte au moins 3 caractères'],
      [{ ...question, subject: 'x'.repeat(121) }, 'subject', 'L’objet comporte au plus 120 caractères'],
      [{ ...question, subject: 42 }, 'subject', 'L’objet est obligatoire (champ « subject »).'],
      [{ ...question, body: '   ' }, 'body', 'Votre question est obligatoire (champ « body »).'],
      [{ ...question, body: 'x'.repeat(5001) }, 'body', 'Votre question comporte au plus 5\u202f000 caractères'],
      [{ ...question, body: 'avant\u0000après' }, 'body', 'Votre question contient un caractère non autorisé'],
      [{ ...question, reference: 'REC-2000-000001' }, 'reference', 'n\'est pas attendu'],
    ];
    for (const [body, field, message] of refusals) {
      const refused = await ti.client.post('/api/complaints').send(body).expect(400);
      expect(refused.body.errors, JSON.stringify(body).slice(0, 80)).toEqual([{ field, message: expect.stringContaining(message) }]);
    }
    await ti.client.post('/api/complaints').send({ ...question, subject: 'abc', body: 'x'.repeat(5000) }).expect(201);
    await ti.client.post('/api/complaints').send({ ...question, subject: 'x'.repeat(120), body: '?' }).expect(201);
    expect((await ti.client.get('/api/complaints').expect(200)).body).toHaveLength(2);
  });

  it('shows a space its own réclamations only: another space’s is as unknown as one that does not exist', async () => {
    const paul = await loggedInTi();
    const claire = await loggedInTi('Claire', 'Martin');
    const pauls = (await paul.client.post('/api/complaints').send(question).expect(201)).body;
    const unknown = (await claire.client.get(`/api/complaints/${unknownId}`).expect(404)).body;
    expect(unknown.message).toBe('Cette réclamation n’existe pas.');
    expect((await claire.client.get(`/api/complaints/${pauls.id}`).expect(404)).body).toEqual(unknown);
    expect((await claire.client.get('/api/complaints').expect(200)).body).toEqual([]);
    const invalid = (await claire.client.get('/api/complaints/pas-un-identifiant').expect(400)).body;
    expect(invalid.message).toContain('complaintId');
  });

  it('is a firm’s exchange: for its administrators and the collaborators holding « messagerie », not for the others', async () => {
    const firm = await loggedInAccountant(test, 'Cabinet Réclamations');
    const withRight = await collaborator(firm.spaceId, ['messagerie']);
    const withoutRight = await collaborator(firm.spaceId, ['gestion-portefeuille', 'consultation-cotisations', 'declaration-revenus', 'paiement']);

    const filed = (await withRight.post('/api/complaints').send({ ...question, topic: 'retraite' }).expect(201)).body;
    expect(filed.organism).toBe('Carsat');
    expect((await firm.client.get(`/api/complaints/${filed.id}`).expect(200)).body.id).toBe(filed.id);
    expect((await firm.client.get('/api/complaints').expect(200)).body).toHaveLength(1);

    const refused = (await withoutRight.get('/api/complaints').expect(403)).body;
    expect(refused.message).toContain('Messagerie');
    await withoutRight.post('/api/complaints').send(question).expect(403);
    await withoutRight.get(`/api/complaints/${filed.id}`).expect(403);
    // The firm's réclamation is not its client's: the TI sees none of it.
    const ti = await loggedInTi();
    await ti.client.get(`/api/complaints/${filed.id}`).expect(404);
    // No space, no réclamation: the Conseiller answers them, he does not file them.
    await conseiller.get('/api/complaints').expect(403);
    await (await test.newClient()).get('/api/complaints').expect(401);
  });

  it('lets the Conseiller answer once: « répondue », dated, e-mailed in full to the filer, shown to the space', async () => {
    const ti = await loggedInTi('Lucie', 'Bernard');
    const older = (await ti.client.post('/api/complaints').send({ ...question, subject: 'La plus ancienne' }).expect(201)).body;
    const newer = (await ti.client.post('/api/complaints').send({ ...question, topic: 'sante', subject: 'La plus récente' }).expect(201)).body;

    const queue = (await conseiller.get('/api/backoffice/complaints').expect(200)).body as { id: string; answer: unknown }[];
    const mine = queue.filter((complaint) => complaint.id === older.id || complaint.id === newer.id);
    expect(mine.map((complaint) => complaint.id)).toEqual([newer.id, older.id]);
    expect(queue.find((complaint) => complaint.id === newer.id)).toMatchObject({ spaceName: 'Lucie Bernard', filedBy: 'Lucie Bernard', organism: 'Cpam' });

    const empty = await conseiller.post(`/api/backoffice/complaints/${older.id}/answer`).send({ body: ' ' }).expect(400);
    expect(empty.body.errors).toEqual([{ field: 'body', message: 'La réponse est obligatoire (champ « body »).' }]);
    const answered = (await conseiller.post(`/api/backoffice/complaints/${older.id}/answer`).send({ body: 'Le second prélèvement vous a été remboursé.' }).expect(200)).body;
    expect(answered).toMatchObject({ status: 'repondue', answer: { body: 'Le second prélèvement vous a été remboursé.', answeredAt: expect.any(String) } });

    const email = await lastEmailTo(test, ti.email);
    expect(email.subject).toBe(`Réponse à votre réclamation ${older.reference}`);
    expect(email.body).toContain('Votre Urssaf a répondu à votre réclamation « La plus ancienne »');
    expect(email.body).toContain('Le second prélèvement vous a été remboursé.');
    expect(email.links.map((link) => link.href)).toEqual([`/reclamations/${older.id}`, '/mediation']);

    expect((await ti.client.get(`/api/complaints/${older.id}`).expect(200)).body).toEqual({ ...older, status: 'repondue', answer: answered.answer });
    // Answered ones go after the unanswered ones.
    const after = (await conseiller.get('/api/backoffice/complaints').expect(200)).body as { id: string }[];
    const ids = after.map((complaint) => complaint.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));

    const again = await conseiller.post(`/api/backoffice/complaints/${older.id}/answer`).send({ body: 'Encore' }).expect(409);
    expect(again.body.message).toBe('Cette réclamation a déjà reçu une réponse.');
    await conseiller.post(`/api/backoffice/complaints/${unknownId}/answer`).send({ body: 'Réponse' }).expect(404);
  });

  it('answers two Conseillers answering together 200 and 409, with one e-mail', async () => {
    const ti = await loggedInTi();
    const filed = (await ti.client.post('/api/complaints').send(question).expect(201)).body;
    const colleague = await loggedIn(test, await createPerson(test.dataSource, { email: 'collegue@reclamations.test', backofficeRole: 'conseiller' }));
    const statuses = (
      await Promise.all([
        conseiller.post(`/api/backoffice/complaints/${filed.id}/answer`).send({ body: 'Première réponse' }),
        colleague.post(`/api/backoffice/complaints/${filed.id}/answer`).send({ body: 'Seconde réponse' }),
      ])
    ).map((response) => response.status);
    expect(statuses.sort()).toEqual([200, 409]);
    const [{ count }]: { count: string }[] = await test.dataSource.query(
      `SELECT count(*) FROM outbound_message WHERE related_entity_id = $1 AND subject LIKE 'Réponse à votre réclamation%'`,
      [filed.id],
    );
    expect(Number(count)).toBe(1);
  });

  it('keeps the back-office to the Conseiller: the same 404 as an unknown address for everyone else', async () => {
    const ti = await loggedInTi();
    const filed = (await ti.client.post('/api/complaints').send(question).expect(201)).body;
    const firm = await loggedInAccountant(test, 'Cabinet Curieux');
    for (const client of [ti.client, firm.client, await test.trainer()]) {
      await client.get('/api/backoffice/complaints').expect(404);
      await client.post(`/api/backoffice/complaints/${filed.id}/answer`).send({ body: 'Réponse' }).expect(404);
    }
    await (await test.newClient()).get('/api/backoffice/complaints').expect(401);
    expect((await ti.client.get(`/api/complaints/${filed.id}`).expect(200)).body.status).toBe('recue');
  });
});
