import type TestAgent from 'supertest/lib/agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn } from './testing/accounts-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createPerson, createSpace } from './testing/identity-fixtures';
import { loggedInAccountant } from './testing/portfolio-fixtures';

/**
 * The steps of a mediation (« Quelles sont les différentes étapes d’une médiation ? »): the
 * médiateur (Conseiller persona) moves it on from /api/backoffice/mediations, the requester may stop
 * it while it is not over. Each step is a row of the history and an e-mail to the requester.
 */
describe('médiateur du CPSTI: the steps', () => {
  let test: TestApp;
  let mediateur: TestAgent;
  let ti: { client: TestAgent; email: string };
  let tiCounter = 0;
  const unknownId = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    test = await createTestApp();
    mediateur = await loggedIn(test, await createPerson(test.dataSource, { email: 'mediateur@etapes.test', backofficeRole: 'conseiller' }));
    ti = await loggedInTi();
  });
  afterAll(() => test.close());

  async function loggedInTi(): Promise<{ client: TestAgent; email: string }> {
    tiCounter += 1;
    const email = `ti-${tiCounter}@etapes.test`;
    const person = await createPerson(test.dataSource, { email, firstName: 'Paul', lastName: 'Durand' });
    await createSpace(test.dataSource, { personId: person.id }, { kind: 'travailleur-independant', name: 'Paul Durand' });
    return { client: await loggedIn(test, person), email };
  }

  /** A mediation « reçue »: on an answered réclamation whose answer is contested (no clock to move). */
  async function fileMediation(client: TestAgent = ti.client): Promise<{ id: string; reference: string }> {
    const complaint = (await client.post('/api/complaints').send({ topic: 'sante', subject: 'Indemnités journalières', body: 'Non versées.' }).expect(201)).body;
    await mediateur.post(`/api/backoffice/complaints/${complaint.id}/answer`).send({ body: 'Dossier incomplet.' }).expect(200);
    return (
      await client
        .post('/api/mediations')
        .send({ complaintId: complaint.id, domain: 'prestations', answerUnsatisfactory: true, litigation: false, control: false, body: 'Le dossier était complet.' })
        .expect(201)
    ).body;
  }

  const move = (id: string, to: string, text?: string) => mediateur.post(`/api/backoffice/mediations/${id}/transition`).send(text === undefined ? { to } : { to, text });

  async function emailsAbout(mediationId: string): Promise<{ recipient: string; subject: string; body: string }[]> {
    return test.dataSource.query(`SELECT recipient, subject, body FROM outbound_message WHERE related_entity_id = $1 ORDER BY created_at, id`, [mediationId]);
  }

  it('goes reçue → recevable → analyse → recommandation, each step in the history and e-mailed', async () => {
    const { id, reference } = await fileMediation();

    const recevable = (await move(id, 'recevable').expect(200)).body;
    expect(recevable).toMatchObject({ status: 'recevable', spaceName: 'Paul Durand', filedBy: 'Paul Durand', complaintDetail: { status: 'repondue', organism: 'Cpam' } });
    const noQuestions = await move(id, 'analyse').expect(400);
    expect(noQuestions.body.errors).toEqual([
      { field: 'text', message: 'Le texte de cette étape (l’interlocuteur, les questions aux parties ou la recommandation) est obligatoire (champ « text »).' },
    ]);
    await move(id, 'analyse', 'Pouvez-vous transmettre vos arrêts de travail ?').expect(200);
    await move(id, 'recommandation', ' ').expect(400);
    const done = (await move(id, 'recommandation', 'La Cpam verse les indemnités dues.').expect(200)).body;
    expect(done.status).toBe('recommandation');

    const seen = (await ti.client.get(`/api/mediations/${id}`).expect(200)).body;
    expect(seen.steps.map((step: { status: string; text: string | null }) => [step.status, step.text])).toEqual([
      ['recue', null],
      ['recevable', null],
      ['analyse', 'Pouvez-vous transmettre vos arrêts de travail ?'],
      ['recommandation', 'La Cpam verse les indemnités dues.'],
    ]);
    const times = seen.steps.map((step: { at: string }) => new Date(step.at).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(seen).not.toHaveProperty('complaintDetail');

    const emails = await emailsAbout(id);
    expect(emails.map((email) => email.subject)).toEqual([
      `Votre demande de médiation ${reference} a bien été reçue`,
      `Accusé de réception de votre demande de médiation ${reference} : recevable`,
      `Votre demande de médiation ${reference} : le médiateur engage l’analyse`,
      `La recommandation du médiateur est disponible (${reference})`,
    ]);
    expect(new Set(emails.map((email) => email.recipient))).toEqual(new Set([ti.email]));
    expect(emails[1].body).toContain('Votre demande est recevable à la médiation.');
    expect(emails[1].body).toContain('ce délai est suspendu, au maximum trois mois, pendant la phase de médiation');
    expect(emails[2].body).toContain('Pouvez-vous transmettre vos arrêts de travail ?');
    expect(emails[3].body).toContain('Elle vous est transmise ainsi qu’à l’organisme en charge de votre dossier');

    // Over: neither the médiateur nor the requester can move it any more.
    const stopped = (await ti.client.post(`/api/mediations/${id}/stop`).expect(409)).body;
    expect(stopped.message).toBe('Cette médiation est terminée (« Recommandation transmise ») : elle ne peut plus changer d’étape.');
    for (const to of ['recevable', 'reorientee', 'analyse', 'recommandation']) await move(id, to, 'Texte').expect(409);
    expect(await emailsAbout(id)).toHaveLength(4);
  });

  it('réoriente a request towards another interlocutor (final), the interlocutor required and e-mailed', async () => {
    const { id, reference } = await fileMediation();
    await move(id, 'reorientee').expect(400);
    const moved = (await move(id, 'reorientee', 'Le défenseur des droits').expect(200)).body;
    expect(moved.steps.map((step: { status: string }) => step.status)).toEqual(['recue', 'reorientee']);
    const [, email] = await emailsAbout(id);
    expect(email.subject).toBe(`Accusé de réception de votre demande de médiation ${reference} : réorientée`);
    expect(email.body).toContain('Votre demande a été réorientée vers un autre interlocuteur :\n\nLe défenseur des droits');
    const conflict = (await move(id, 'analyse', 'Questions').expect(409)).body;
    expect(conflict.message).toContain('Réorientée vers un autre interlocuteur');
    await ti.client.post(`/api/mediations/${id}/stop`).expect(409);
  });

  it('refuses every step out of order (409, nothing written) and any other target (400)', async () => {
    const { id } = await fileMediation();
    const fromRecue = (await move(id, 'analyse', 'Questions').expect(409)).body;
    expect(fromRecue.message).toBe('Cette étape n’est pas possible : la médiation est à l’étape « Reçue ».');
    await move(id, 'recommandation', 'Recommandation').expect(409);
    await move(id, 'recevable').expect(200);
    for (const to of ['recevable', 'reorientee', 'recommandation']) await move(id, to, 'Texte').expect(409);
    await move(id, 'analyse', 'Questions').expect(200);
    for (const to of ['recevable', 'reorientee', 'analyse']) await move(id, to, 'Texte').expect(409);
    for (const to of ['arretee', 'recue', 'inconnue', undefined]) {
      const refused = await mediateur.post(`/api/backoffice/mediations/${id}/transition`).send({ to, text: 'Texte' }).expect(400);
      expect(refused.body.errors[0]).toEqual({
        field: 'to',
        message: 'Le champ « to » doit valoir « recevable », « reorientee », « analyse » ou « recommandation ».',
      });
    }
    expect((await mediateur.get(`/api/backoffice/mediations/${id}`).expect(200)).body.steps).toHaveLength(3);
    expect(await emailsAbout(id)).toHaveLength(3);
    await move(unknownId, 'recevable').expect(404);
    await mediateur.get(`/api/backoffice/mediations/${unknownId}`).expect(404);
  });

  it('can be stopped by the requester at « reçue », « recevable » and « analyse », with an e-mail, and not twice', async () => {
    for (const reached of [[], ['recevable'], ['recevable', 'analyse']]) {
      const { id, reference } = await fileMediation();
      for (const to of reached) await move(id, to, 'Texte').expect(200);
      const stopped = (await ti.client.post(`/api/mediations/${id}/stop`).expect(200)).body;
      expect(stopped.status).toBe('arretee');
      expect(stopped.steps.map((step: { status: string }) => step.status)).toEqual(['recue', ...reached, 'arretee']);
      const emails = await emailsAbout(id);
      expect(emails).toHaveLength(reached.length + 2);
      expect(emails.at(-1)?.subject).toBe(`Votre demande de médiation ${reference} est arrêtée`);
      expect((await ti.client.post(`/api/mediations/${id}/stop`).expect(409)).body.message).toBe(
        'Cette médiation est terminée (« Arrêtée ») : elle ne peut plus changer d’étape.',
      );
      await move(id, 'recevable').expect(409);
      await move(id, 'recommandation', 'Texte').expect(409);
    }
  });

  it('lets one of a stop and a recommendation sent together through, the other 409', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { id } = await fileMediation();
      await move(id, 'recevable').expect(200);
      await move(id, 'analyse', 'Questions').expect(200);
      const [stop, recommendation] = await Promise.all([ti.client.post(`/api/mediations/${id}/stop`), move(id, 'recommandation', 'Recommandation')]);
      expect([stop.status, recommendation.status].sort()).toEqual([200, 409]);
      const steps: { status: string }[] = await test.dataSource.query(`SELECT status FROM mediation_step WHERE mediation_id = $1 ORDER BY id`, [id]);
      expect(steps.map((step) => step.status).slice(0, 3)).toEqual(['recue', 'recevable', 'analyse']);
      expect(steps).toHaveLength(4);
      expect(await emailsAbout(id)).toHaveLength(4);
    }
  });

  it('shows a space its own mediations only, and the médiateur every one, those to move on first', async () => {
    const first = await fileMediation();
    const other = await loggedInTi();
    const unknown = (await other.client.get(`/api/mediations/${unknownId}`).expect(404)).body;
    expect(unknown.message).toBe('Cette demande de médiation n’existe pas.');
    expect((await other.client.get(`/api/mediations/${first.id}`).expect(404)).body).toEqual(unknown);
    expect((await other.client.post(`/api/mediations/${first.id}/stop`).expect(404)).body).toEqual(unknown);
    expect((await other.client.get('/api/mediations/pas-un-identifiant').expect(400)).body.message).toContain('mediationId');
    expect((await other.client.get('/api/mediations').expect(200)).body).toEqual([]);
    expect((await ti.client.get(`/api/mediations/${first.id}`).expect(200)).body.status).toBe('recue');

    const over = await fileMediation();
    await ti.client.post(`/api/mediations/${over.id}/stop`).expect(200);
    const newest = await fileMediation();
    const queue = (await mediateur.get('/api/backoffice/mediations').expect(200)).body as { id: string; status: string }[];
    const ids = queue.map((mediation) => mediation.id);
    expect(ids.indexOf(newest.id)).toBeLessThan(ids.indexOf(first.id));
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(over.id));
    const finalIndex = queue.findIndex((mediation) => ['reorientee', 'recommandation', 'arretee'].includes(mediation.status));
    expect(queue.slice(finalIndex).every((mediation) => ['reorientee', 'recommandation', 'arretee'].includes(mediation.status))).toBe(true);
  });

  it('keeps the médiateur’s side to the Conseiller: 404 for everyone else, 401 anonymous', async () => {
    const { id } = await fileMediation();
    const firm = await loggedInAccountant(test, 'Cabinet Curieux');
    for (const client of [ti.client, firm.client, await test.trainer()]) {
      await client.get('/api/backoffice/mediations').expect(404);
      await client.get(`/api/backoffice/mediations/${id}`).expect(404);
      await client.post(`/api/backoffice/mediations/${id}/transition`).send({ to: 'recevable' }).expect(404);
    }
    await (await test.newClient()).get('/api/backoffice/mediations').expect(401);
    expect((await ti.client.get(`/api/mediations/${id}`).expect(200)).body.status).toBe('recue');
  });
});
