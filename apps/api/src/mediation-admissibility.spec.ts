import type TestAgent from 'supertest/lib/agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, lastEmailTo, loggedIn } from './testing/accounts-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createPerson, createSpace } from './testing/identity-fixtures';
import { loggedInAccountant } from './testing/portfolio-fixtures';

const SECOND = 1000;
const THIRTY_DAYS = 30 * 24 * 3600 * SECOND;

/**
 * « Je saisis le médiateur » (POST /api/mediations): every admissibility rule of the FAQ through the
 * API, the 30 days at their boundary by the sandbox clock (which only moves forward: each case
 * files its own réclamation at the clock's current time, then moves the clock).
 */
describe('médiateur du CPSTI: admissibility', () => {
  let test: TestApp;
  let conseiller: TestAgent;
  let ti: { client: TestAgent; email: string };
  const unknownId = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    test = await createTestApp();
    conseiller = await loggedIn(test, await createPerson(test.dataSource, { email: 'mediateur@mediation.test', backofficeRole: 'conseiller' }));
    ti = await loggedInTi('paul.durand@mediation.test');
  });
  afterAll(() => test.close());

  async function loggedInTi(email: string): Promise<{ client: TestAgent; email: string }> {
    const person = await createPerson(test.dataSource, { email, firstName: 'Paul', lastName: 'Durand' });
    await createSpace(test.dataSource, { personId: person.id }, { kind: 'travailleur-independant', name: 'Paul Durand' });
    return { client: await loggedIn(test, person), email };
  }

  async function fileComplaint(client: TestAgent = ti.client): Promise<{ id: string; receivedAt: string; reference: string }> {
    return (await client.post('/api/complaints').send({ topic: 'cotisations', subject: 'Majoration contestée', body: 'Je conteste la majoration.' }).expect(201))
      .body;
  }

  const request = (complaintId: string | null, overrides: Record<string, unknown> = {}) => ({
    complaintId,
    domain: 'recouvrement',
    answerUnsatisfactory: false,
    litigation: false,
    control: false,
    body: 'Ma réclamation est restée sans réponse.',
    ...overrides,
  });

  /** The request without one of its fields, as a client forgetting it would send it. */
  function without(body: Record<string, unknown>, field: string): Record<string, unknown> {
    return Object.fromEntries(Object.entries(body).filter(([key]) => key !== field));
  }

  async function setClock(at: number): Promise<void> {
    await (await test.trainer()).post('/api/sandbox/clock/set').send({ at: new Date(at).toISOString() }).expect(200);
  }

  async function mediationCount(): Promise<number> {
    const [{ count }]: { count: string }[] = await test.dataSource.query(`SELECT count(*) FROM mediation`);
    return Number(count);
  }

  it('is premature until 30 × 24 h after the réclamation, then admissible: − 1 s → 422, + 0 → 201', async () => {
    const complaint = await fileComplaint();
    const receivedAt = new Date(complaint.receivedAt).getTime();
    const before = await mediationCount();

    await setClock(receivedAt + THIRTY_DAYS - SECOND);
    const premature = await ti.client.post('/api/mediations').send(request(complaint.id)).expect(422);
    expect(premature.body).toEqual({
      statusCode: 422,
      reason: 'premature',
      message: expect.stringMatching(/^Votre demande de médiation est prématurée : .* vous pourrez saisir le médiateur à partir du (1er|\d{1,2}) \S+ \d{4} à \d\d:\d\d\.$/),
    });
    expect(await mediationCount()).toBe(before);

    await setClock(receivedAt + THIRTY_DAYS);
    const filed = (await ti.client.post('/api/mediations').send(request(complaint.id)).expect(201)).body;
    expect(filed).toMatchObject({
      reference: expect.stringMatching(/^MED-\d{4}-\d{6}$/),
      status: 'recue',
      domain: 'recouvrement',
      answerUnsatisfactory: false,
      complaint: { id: complaint.id, reference: complaint.reference, organism: 'Urssaf', subject: 'Majoration contestée' },
      steps: [{ status: 'recue', at: filed.filedAt, text: null }],
    });
    expect(new Date(filed.filedAt).getTime()).toBeGreaterThanOrEqual(receivedAt + THIRTY_DAYS);
    const email = await lastEmailTo(test, ti.email);
    expect(email.subject).toBe(`Votre demande de médiation ${filed.reference} a bien été reçue`);
    expect(email.body).toContain('indiquant si votre demande est recevable à la médiation ou si elle a été réorientée vers un autre interlocuteur');
    expect(email.links).toEqual([{ label: 'Voir ma demande de médiation', href: `/mediation/${filed.id}` }]);
  });

  it('is admissible at + 30 d + 1 s, for another réclamation', async () => {
    const complaint = await fileComplaint();
    await setClock(new Date(complaint.receivedAt).getTime() + THIRTY_DAYS + SECOND);
    await ti.client.post('/api/mediations').send(request(complaint.id)).expect(201);
  });

  it('gives in the premature refusal the date from which the médiateur can be seized (Paris time)', async () => {
    const complaint = await fileComplaint();
    const seizable = new Date(new Date(complaint.receivedAt).getTime() + THIRTY_DAYS);
    const refused = (await ti.client.post('/api/mediations').send(request(complaint.id)).expect(422)).body;
    // Minutes only, rounded up: the minute after the exact instant.
    const shown = new Date(Math.ceil(seizable.getTime() / 60_000) * 60_000);
    const expected = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' })
      .format(shown)
      .replace(/^1 /, '1er ');
    expect(refused.message).toContain(`à partir du ${expected}.`);
  });

  it('after an answer: refused unless the answer is declared unsatisfactory, then admissible at once', async () => {
    const complaint = await fileComplaint();
    await conseiller.post(`/api/backoffice/complaints/${complaint.id}/answer`).send({ body: 'La majoration est maintenue.' }).expect(200);
    const notContested = (await ti.client.post('/api/mediations').send(request(complaint.id)).expect(422)).body;
    expect(notContested).toEqual({
      statusCode: 422,
      reason: 'answer-not-contested',
      message: 'Votre réclamation a reçu une réponse : vous ne pouvez saisir le médiateur que si la réponse apportée ne vous a pas satisfait.',
    });
    const filed = (await ti.client.post('/api/mediations').send(request(complaint.id, { answerUnsatisfactory: true })).expect(201)).body;
    expect(filed).toMatchObject({ status: 'recue', answerUnsatisfactory: true });
  });

  it('refuses after a recours contentieux and during a control procedure, even after 30 days', async () => {
    const complaint = await fileComplaint();
    await setClock(new Date(complaint.receivedAt).getTime() + THIRTY_DAYS + SECOND);
    const before = await mediationCount();
    const litigation = (await ti.client.post('/api/mediations').send(request(complaint.id, { litigation: true })).expect(422)).body;
    expect(litigation).toEqual({
      statusCode: 422,
      reason: 'litigation',
      message: 'Votre demande n’est pas recevable à la médiation : vous avez introduit un recours contentieux.',
    });
    const control = (await ti.client.post('/api/mediations').send(request(complaint.id, { control: true })).expect(422)).body;
    expect(control).toEqual({
      statusCode: 422,
      reason: 'control',
      message:
        'Votre demande n’est pas recevable à la médiation : vous faites l’objet d’une procédure de contrôle d’assiette ou de travail dissimulé de la part de l’URSSAF.',
    });
    expect(await mediationCount()).toBe(before);
    await ti.client.post('/api/mediations').send(request(complaint.id)).expect(201);
  });

  it('refuses without a réclamation (422), for an unknown or another space’s réclamation (404)', async () => {
    const none = (await ti.client.post('/api/mediations').send(request(null)).expect(422)).body;
    expect(none).toMatchObject({ reason: 'no-complaint', message: expect.stringContaining('vous devez d’abord avoir adressé une réclamation') });
    expect((await ti.client.post('/api/mediations').send(without(request(null), 'complaintId')).expect(422)).body.reason).toBe('no-complaint');

    const unknown = (await ti.client.post('/api/mediations').send(request(unknownId)).expect(404)).body;
    expect(unknown.message).toBe('Cette réclamation n’existe pas.');
    const other = await loggedInTi('claire.martin@mediation.test');
    const othersComplaint = await fileComplaint(other.client);
    expect((await ti.client.post('/api/mediations').send(request(othersComplaint.id)).expect(404)).body).toEqual(unknown);
    const invalid = await ti.client.post('/api/mediations').send(request('REC-2027-000001')).expect(400);
    expect(invalid.body.errors).toEqual([{ field: 'complaintId', message: 'Le champ « complaintId » doit désigner une réclamation de votre espace.' }]);
  });

  it('requires a domain among the FAQ’s four, the two yes/no answers and the exposé (400)', async () => {
    const complaint = await fileComplaint();
    for (const body of [without(request(complaint.id), 'domain'), request(complaint.id, { domain: 'fiscalite' }), request(complaint.id, { domain: null })]) {
      const refused = await ti.client.post('/api/mediations').send(body).expect(400);
      expect(refused.body.errors).toEqual([
        {
          field: 'domain',
          message:
            'Choisissez le domaine de votre demande (champ « domain ») : « affiliation » (l’affiliation), « recouvrement » (le recouvrement des cotisations et contributions sociales), « prestations » (le service des prestations d’assurance maladie et de retraite), « qualite-de-service » (la qualité de service).',
        },
      ]);
    }
    expect((await ti.client.post('/api/mediations').send(without(request(complaint.id), 'litigation')).expect(400)).body.errors[0].message).toBe(
      'Répondez par oui ou non à la question « Avez-vous introduit un recours contentieux ? » (champ « litigation »).',
    );
    expect((await ti.client.post('/api/mediations').send(request(complaint.id, { control: 'non' })).expect(400)).body.errors[0].field).toBe('control');
    expect((await ti.client.post('/api/mediations').send(request(complaint.id, { body: '' })).expect(400)).body.errors).toEqual([
      { field: 'body', message: 'L’exposé de votre demande est obligatoire (champ « body »).' },
    ]);
    for (const domain of ['affiliation', 'prestations', 'qualite-de-service']) {
      const other = await fileComplaint();
      await conseiller.post(`/api/backoffice/complaints/${other.id}/answer`).send({ body: 'Réponse.' }).expect(200);
      await ti.client.post('/api/mediations').send(request(other.id, { domain, answerUnsatisfactory: true })).expect(201);
    }
  });

  it('keeps one mediation in progress per réclamation (409); a stopped one may be followed by another', async () => {
    const complaint = await fileComplaint();
    await conseiller.post(`/api/backoffice/complaints/${complaint.id}/answer`).send({ body: 'Réponse.' }).expect(200);
    const body = request(complaint.id, { answerUnsatisfactory: true });
    const first = (await ti.client.post('/api/mediations').send(body).expect(201)).body;
    const again = (await ti.client.post('/api/mediations').send(body).expect(409)).body;
    expect(again.message).toBe(`Une demande de médiation est déjà en cours pour cette réclamation (${first.reference}) : suivez-la depuis « Je saisis le médiateur ».`);
    await ti.client.post(`/api/mediations/${first.id}/stop`).expect(200);
    await ti.client.post('/api/mediations').send(body).expect(201);
  });

  it('is for the TI and the firm members holding « messagerie »; a collaborator without it gets 403', async () => {
    const firm = await loggedInAccountant(test, 'Cabinet Médiation');
    const withRight = await loggedIn(test, await createMember(test.dataSource, { spaceId: firm.spaceId, rights: ['messagerie'] }));
    const withoutRight = await loggedIn(test, await createMember(test.dataSource, { spaceId: firm.spaceId, rights: ['consultation-cotisations', 'paiement'] }));
    const complaint = await fileComplaint(withRight);
    await conseiller.post(`/api/backoffice/complaints/${complaint.id}/answer`).send({ body: 'Réponse.' }).expect(200);
    const filed = (await firm.client.post('/api/mediations').send(request(complaint.id, { answerUnsatisfactory: true })).expect(201)).body;
    expect((await withRight.get('/api/mediations').expect(200)).body.map((mediation: { id: string }) => mediation.id)).toEqual([filed.id]);
    await withRight.get(`/api/mediations/${filed.id}`).expect(200);

    const refused = (await withoutRight.post('/api/mediations').send(request(complaint.id, { answerUnsatisfactory: true })).expect(403)).body;
    expect(refused.message).toBe('Votre compte ne dispose pas du droit « Messagerie » : demandez-le à l’administrateur de votre espace.');
    await withoutRight.get('/api/mediations').expect(403);
    await withoutRight.get(`/api/mediations/${filed.id}`).expect(403);
    await withoutRight.post(`/api/mediations/${filed.id}/stop`).expect(403);
    await conseiller.get('/api/mediations').expect(403);
    await (await test.newClient()).post('/api/mediations').send(request(complaint.id)).expect(401);
  });
});
