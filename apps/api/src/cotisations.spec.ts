import { TEST_CARDS } from '@portail/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createPerson, createSpace } from './testing/identity-fixtures';
import { createContributor, loggedInAccountant } from './testing/portfolio-fixtures';

describe('« Mes cotisations »', () => {
  let test: TestApp;
  // The clock only moves forward: 2 January next year, when no instalment of the year is due yet.
  const year = new Date().getUTCFullYear() + 1;
  beforeAll(async () => {
    test = await createTestApp();
    await (await test.trainer()).post('/api/sandbox/clock/set').send({ at: `${year}-01-02T10:00:00Z` }).expect(200);
  });
  afterAll(() => test.close());

  async function attachedClient(firmName = 'Cabinet Test') {
    const accountant = await loggedInAccountant(test, firmName);
    const contributor = await createContributor(test.dataSource);
    const added = await accountant.client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    await accountant.client.post(`/api/portfolio/clients/${added.body.id}/finalise`).send({ method: 'questions', answers: contributor.answers }).expect(200);
    return { ...accountant, contributor, base: `/api/portfolio/clients/${added.body.id}/cotisations` };
  }

  it('shows the year’s 12 instalments computed by the documented formula, and recalculates after a declaration', async () => {
    const { client, base } = await attachedClient();
    const overview = (await client.get(base).expect(200)).body;
    expect(overview.year).toBe(year);
    expect(overview.instalments.every((instalment: { status: string }) => instalment.status === 'a-payer')).toBe(true);
    expect(overview.instalments).toHaveLength(12);
    // Reference income 30 000 € → 45 % = 13 500 €.
    expect(overview.annualAmountCents).toBe(1_350_000);
    expect(overview.instalments.reduce((sum: number, i: { amountCents: number }) => sum + i.amountCents, 0)).toBe(1_350_000);
    expect(overview.instalments[0]).toMatchObject({ number: 1, dueDate: `${year}-01-05`, amountCents: 112_500 });

    const wrongYear = await client.post(`${base}/revenus`).send({ year, incomeCents: 100 }).expect(400);
    expect(wrongYear.body.errors[0].field).toBe('year');
    await client.post(`${base}/revenus`).send({ year: year - 1, incomeCents: -5 }).expect(400);
    const declared = (await client.post(`${base}/revenus`).send({ year: year - 1, incomeCents: 4_000_000 }).expect(200)).body;
    expect(declared.annualAmountCents).toBe(1_800_000);
    expect(declared.instalments.reduce((sum: number, i: { amountCents: number }) => sum + i.amountCents, 0)).toBe(1_800_000);
    expect(declared.declarations[0]).toMatchObject({ year: year - 1, incomeCents: 4_000_000, declaredBy: expect.stringContaining('Cabinet Test') });
    expect(declared.history[0].label).toContain(`Déclaration du revenu ${year - 1}`);
  });

  it('pays by card: Luhn checked, the declined test card refused, never stored', async () => {
    const { client, base } = await attachedClient();
    const [first, second] = (await client.get(base).expect(200)).body.instalments;
    const card = { instalmentId: first.id, expiry: '12/39', cvc: '123', holder: 'Sophie Martin' };
    const badLuhn = await client.post(`${base}/paiements/carte`).send({ ...card, cardNumber: '4970101122334456' }).expect(400);
    expect(badLuhn.body.errors).toEqual([{ field: 'cardNumber', message: expect.stringContaining('Luhn') }]);
    await client.post(`${base}/paiements/carte`).send({ ...card, cardNumber: TEST_CARDS.accepted, expiry: '01/20' }).expect(400);
    const declined = await client.post(`${base}/paiements/carte`).send({ ...card, cardNumber: TEST_CARDS.declined }).expect(422);
    expect(declined.body).toMatchObject({ reason: 'card-declined', message: expect.stringContaining('refusé') });
    const afterDecline = (await client.get(base).expect(200)).body;
    expect(afterDecline.instalments[0].paidAt).toBeNull();
    expect(afterDecline.history[0].label).toContain('refusé');
    const paid = (await client.post(`${base}/paiements/carte`).send({ ...card, cardNumber: '4970 1011 2233 4455' }).expect(200)).body;
    expect(paid.instalments[0]).toMatchObject({ status: 'payee', paidBy: 'carte' });
    expect(paid.paidCents).toBe(first.amountCents);
    await client.post(`${base}/paiements/carte`).send({ ...card, cardNumber: TEST_CARDS.accepted }).expect(409);
    await client.post(`${base}/paiements/telepaiement`).send({ instalmentId: second.id, iban: 'FR1420041010050500013M02607' }).expect(400);
    const transferred = (await client.post(`${base}/paiements/telepaiement`).send({ instalmentId: second.id, iban: 'FR14 2004 1010 0505 0001 3M02 606' }).expect(200)).body;
    expect(transferred.instalments[1]).toMatchObject({ status: 'payee', paidBy: 'telepaiement' });

    const everything = JSON.stringify(await test.dataSource.query(`SELECT * FROM contribution_event`)) +
      JSON.stringify(await test.dataSource.query(`SELECT * FROM audit_event`)) + test.logs.join('\n');
    expect(everything).not.toContain(TEST_CARDS.accepted);
    expect(everything).not.toContain('4970 1011');
    expect(everything).not.toContain(TEST_CARDS.declined);
  });

  it('sets up a direct debit with a validated IBAN, shown masked; unpaid instalments are then scheduled', async () => {
    const { client, base } = await attachedClient();
    const bad = await client.put(`${base}/prelevement`).send({ holder: 'Sophie Martin', iban: 'FR76300060000112345678901' }).expect(400);
    expect(bad.body.errors[0].field).toBe('iban');
    const signed = (await client.put(`${base}/prelevement`).send({ holder: 'Sophie Martin', iban: 'fr76 3000 6000 0112 3456 7890 189' }).expect(200)).body;
    expect(signed.mandate).toMatchObject({ holder: 'Sophie Martin', maskedIban: 'FR76 **** **** **** **** ***0 189', reference: expect.stringMatching(/^RUM-/) });
    expect(JSON.stringify(signed)).not.toContain('30006000011234567890189');
    expect(signed.instalments.every((i: { status: string }) => i.status === 'prelevement-programme')).toBe(true);
    const revoked = (await client.delete(`${base}/prelevement`).expect(200)).body;
    expect(revoked.mandate).toBeNull();
    await client.delete(`${base}/prelevement`).expect(404);
  });

  it('files a request for a delay; the Conseiller decides, the firm is e-mailed, the history shows it', async () => {
    const { client, base } = await attachedClient('Cabinet Délai');
    await client.post(`${base}/demandes`).send({ kind: 'delai', reason: '' }).expect(400);
    const filed = (await client.post(`${base}/demandes`).send({ kind: 'delai', reason: 'Trésorerie tendue après un sinistre.' }).expect(201)).body;
    expect(filed.requests[0]).toMatchObject({ kind: 'delai', status: 'en-cours' });
    await client.post(`${base}/demandes`).send({ kind: 'delai', reason: 'Encore' }).expect(409);
    const conseiller = await createPerson(test.dataSource, { backofficeRole: 'conseiller', email: `conseiller-${Date.now()}@urssaf.test` });
    const backoffice = await test.newClient();
    await backoffice.post('/api/auth/login').send({ identifier: conseiller.email, password: conseiller.password }).expect(200);
    await client.get('/api/backoffice/contribution-requests').expect(404);
    const pending = (await backoffice.get('/api/backoffice/contribution-requests').expect(200)).body;
    const mine = pending.find((request: { id: string }) => request.id === filed.requests[0].id);
    expect(mine).toMatchObject({ filedBy: expect.stringContaining('Cabinet Délai'), status: 'en-cours' });
    await backoffice.post(`/api/backoffice/contribution-requests/${mine.id}/decision`).send({ decision: 'acceptee', comment: 'Échéancier accordé sur 6 mois.' }).expect(200);
    await backoffice.post(`/api/backoffice/contribution-requests/${mine.id}/decision`).send({ decision: 'refusee', comment: 'x' }).expect(409);
    const after = (await client.get(base).expect(200)).body;
    expect(after.requests[0]).toMatchObject({ status: 'acceptee', decisionComment: 'Échéancier accordé sur 6 mois.' });
    expect(after.history[0]).toMatchObject({ actor: 'Urssaf', label: expect.stringContaining('acceptée') });
    const [email] = await test.dataSource.query(`SELECT subject FROM outbound_message WHERE related_entity_id = $1`, [mine.id]);
    expect(email.subject).toContain('acceptée');
  });

  it('opened later in the year, the instalments already due are shown paid, with a line of history', async () => {
    await (await test.trainer()).post('/api/sandbox/clock/set').send({ at: `${year}-03-10T10:00:00Z` }).expect(200);
    try {
      const { client, base } = await attachedClient();
      const overview = (await client.get(base).expect(200)).body;
      expect(overview.instalments.map((instalment: { status: string }) => instalment.status)).toEqual([
        'payee', 'payee', 'payee', ...Array(9).fill('a-payer'),
      ]);
      expect(overview.paidCents).toBe(3 * 112_500);
      expect(overview.history).toEqual([expect.objectContaining({ actor: 'Urssaf', label: expect.stringContaining('les 3 échéances échues sont réglées') })]);
      // Opening it again creates nothing twice.
      expect((await client.get(base).expect(200)).body.history).toHaveLength(1);
    } finally {
      await (await test.trainer()).post('/api/sandbox/clock/set').send({ at: `${year}-01-02T10:00:00Z` }).expect(200);
    }
  });

  it('is closed to pending clients, to other firms and to unknown ids, with the same 404', async () => {
    const owner = await attachedClient();
    const other = await loggedInAccountant(test);
    const contributor = await createContributor(test.dataSource);
    const pending = await owner.client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    const notFound = (await owner.client.get(`/api/portfolio/clients/${pending.body.id}/cotisations`).expect(404)).body;
    expect((await other.client.get(owner.base).expect(404)).body).toEqual(notFound);
    expect((await other.client.get('/api/portfolio/clients/00000000-0000-4000-8000-000000000000/cotisations').expect(404)).body).toEqual(notFound);
    await other.client.post(`${owner.base}/paiements/telepaiement`).send({ instalmentId: '00000000-0000-4000-8000-000000000000', iban: 'FR7630006000011234567890189' }).expect(404);
    // An accountant has no « own » contributions: the TI routes are not theirs.
    await owner.client.get('/api/me/cotisations').expect(403);
  });

  it('a TI sees their own « Mes cotisations » and which firm is their tiers déclarant', async () => {
    const ti = await createPerson(test.dataSource, { email: `ti-${Date.now()}@exemple.fr`, nir: '2951099126111' });
    await createSpace(test.dataSource, { personId: ti.id }, { kind: 'travailleur-independant', name: 'Claire Martin' });
    const contributor = await createContributor(test.dataSource, { personId: ti.id });
    const firm = await loggedInAccountant(test, 'Cabinet Voisin');
    const added = await firm.client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    const client = await test.newClient();
    await client.post('/api/auth/login').send({ identifier: '2951099126111', password: ti.password }).expect(200);
    expect((await client.get('/api/me/tiers').expect(200)).body).toEqual([{ firmName: 'Cabinet Voisin', status: 'en-attente', since: expect.any(String) }]);
    await firm.client.post(`/api/portfolio/clients/${added.body.id}/finalise`).send({ method: 'questions', answers: contributor.answers }).expect(200);
    expect((await client.get('/api/me/tiers').expect(200)).body[0].status).toBe('rattache');
    const own = (await client.get('/api/me/cotisations').expect(200)).body;
    expect(own.contributor.siren).toBe(contributor.siren);
    const declared = (await client.post('/api/me/cotisations/revenus').send({ year: year - 1, incomeCents: 0 }).expect(200)).body;
    expect(declared.annualAmountCents).toBe(120_000);
    expect(declared.history[0].actor).toBe('Claire Martin');
    // The firm sees the TI's declaration in the same history.
    expect((await firm.client.get(`/api/portfolio/clients/${added.body.id}/cotisations`).expect(200)).body.history[0].actor).toBe('Claire Martin');
    await client.get('/api/portfolio/clients').expect(403);
  });
});
