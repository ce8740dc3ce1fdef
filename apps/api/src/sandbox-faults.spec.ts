import { SandboxFaults } from '@portail/api-core';
import { Outbox } from '@portail/api-outbox';
import { type CotisationsOverview, type FaultState, type FirmAccount, TEST_CARDS } from '@portail/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccount } from './testing/accounts-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createContributor, loggedInAccountant } from './testing/portfolio-fixtures';
import { emailsTo } from './testing/signup-journey';

const GOOD_CARD = { cardNumber: TEST_CARDS.accepted, expiry: '12/39', cvc: '123', holder: 'Sophie Martin' };

describe('faults injected by the Formateur: each takes effect once', () => {
  let test: TestApp;
  let admin: Awaited<ReturnType<typeof loggedInAccountant>>;
  // The clock only moves forward: 2 January next year, when no instalment of the year is due yet.
  const year = new Date().getUTCFullYear() + 1;
  beforeAll(async () => {
    test = await createTestApp();
    await (await test.trainer()).post('/api/sandbox/clock/set').send({ at: `${year}-01-02T10:00:00Z` }).expect(200);
    admin = await loggedInAccountant(test, 'Cabinet Incidents');
  });
  afterAll(() => test.close());

  const arm = async (kind: string) => (await (await test.trainer()).post('/api/sandbox/faults').send({ kind }).expect(200)).body as FaultState;
  const states = async () => (await (await test.trainer()).get('/api/sandbox/faults').expect(200)).body as FaultState[];
  const armed = async (kind: string) => (await states()).find((state) => state.kind === kind)?.armed;
  const invite = async () => (await admin.client.post('/api/firm/accounts').send(newAccount()).expect(201)).body as FirmAccount;

  async function attachedClient() {
    const contributor = await createContributor(test.dataSource);
    const added = await admin.client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    await admin.client.post(`/api/portfolio/clients/${added.body.id}/finalise`).send({ method: 'questions', answers: contributor.answers }).expect(200);
    return { contributor, attachmentId: added.body.id as string, base: `/api/portfolio/clients/${added.body.id}/cotisations` };
  }

  it('lists the four faults; arming twice keeps one; disarming; French 400 for an unknown kind', async () => {
    expect(await states()).toEqual([
      { kind: 'email-bounce', label: 'Le prochain courriel revient en erreur (adresse injoignable)', armed: false, armedAt: null },
      { kind: 'letter-lost', label: 'Le prochain courrier est perdu', armed: false, armedAt: null },
      { kind: 'card-declined', label: 'Le prochain paiement par carte est refusé', armed: false, armedAt: null },
      { kind: 'debit-declined', label: 'Le prochain prélèvement est rejeté', armed: false, armedAt: null },
    ]);
    const first = await arm('letter-lost');
    expect(first).toMatchObject({ kind: 'letter-lost', armed: true, armedAt: expect.any(String) });
    // The sandbox clock dates it.
    expect(first.armedAt?.startsWith(`${year}-01-02`)).toBe(true);
    expect(await arm('letter-lost')).toEqual(first);
    expect((await test.dataSource.query(`SELECT count(*)::int AS count FROM sandbox_fault`))[0].count).toBe(1);
    const trainer = await test.trainer();
    expect((await trainer.delete('/api/sandbox/faults/letter-lost').expect(200)).body).toMatchObject({ kind: 'letter-lost', armed: false, armedAt: null });
    await trainer.delete('/api/sandbox/faults/letter-lost').expect(200);
    expect((await trainer.post('/api/sandbox/faults').send({ kind: 'meteor' }).expect(400)).body.message).toMatch(/« kind »/);
    expect((await trainer.delete('/api/sandbox/faults/meteor').expect(400)).body.message).toMatch(/n'existe pas/);
  });

  it('belongs to the Formateur: 404 to anyone else, 401 anonymous', async () => {
    await test.api.get('/api/sandbox/faults').expect(401);
    await admin.client.get('/api/sandbox/faults').expect(404);
    await admin.client.post('/api/sandbox/faults').send({ kind: 'email-bounce' }).expect(404);
    await admin.client.delete('/api/sandbox/faults/email-bounce').expect(404);
    expect(await armed('email-bounce')).toBe(false);
  });

  it('email-bounce: the next e-mail bounces, the one after is normal', async () => {
    await arm('email-bounce');
    const bounced = await invite();
    const normal = await invite();
    expect((await emailsTo(test.api, bounced.email))[0]).toMatchObject({ bounced: true, lost: false });
    expect((await emailsTo(test.api, normal.email))[0]).toMatchObject({ bounced: false });
    expect(await armed('email-bounce')).toBe(false);
  });

  it('email-bounce: five e-mails written at once, exactly one bounces', async () => {
    await arm('email-bounce');
    const accounts = await Promise.all(Array.from({ length: 5 }, invite));
    const bounced = await Promise.all(accounts.map(async (account) => (await emailsTo(test.api, account.email))[0].bounced));
    expect(bounced.filter(Boolean)).toHaveLength(1);
  });

  it('a rolled-back transaction does not consume the fault', async () => {
    await arm('email-bounce');
    const outbox = test.app.get(Outbox);
    await expect(
      test.dataSource.transaction(async (transaction) => {
        await outbox.sendEmail(transaction, { to: 'annule@exemple.fr', subject: 'Jamais envoyé', body: '…' });
        throw new Error('the change that causes the e-mail fails');
      }),
    ).rejects.toThrow('the change that causes the e-mail fails');
    expect(await armed('email-bounce')).toBe(true);
    const account = await invite();
    expect((await emailsTo(test.api, account.email))[0].bounced).toBe(true);
  });

  it('letter-lost: the next « Ajouter un client » letter is lost, the next one arrives', async () => {
    await arm('letter-lost');
    const letterOf = async () => {
      const contributor = await createContributor(test.dataSource);
      const added = await admin.client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
      const [letter] = await test.dataSource.query(`SELECT id FROM outbound_message WHERE kind = 'letter' AND related_entity_id = $1`, [added.body.id]);
      return (await test.api.get(`/api/sandbox/messages/${letter.id}`).expect(200)).body;
    };
    expect(await letterOf()).toMatchObject({ kind: 'letter', lost: true, bounced: false });
    expect(await letterOf()).toMatchObject({ lost: false });
  });

  it('card-declined: the next card payment is refused like the declined test card, even with a good card; then it works', async () => {
    const { base } = await attachedClient();
    const [first] = ((await admin.client.get(base).expect(200)).body as CotisationsOverview).instalments;
    await arm('card-declined');
    // A refused form (bad expiry) is not a payment: it leaves the fault armed.
    await admin.client.post(`${base}/paiements/carte`).send({ ...GOOD_CARD, instalmentId: first.id, expiry: '01/20' }).expect(400);
    const declined = await admin.client.post(`${base}/paiements/carte`).send({ ...GOOD_CARD, instalmentId: first.id }).expect(422);
    expect(declined.body).toMatchObject({ statusCode: 422, reason: 'card-declined', message: expect.stringContaining('refusé') });
    const after = (await admin.client.get(base).expect(200)).body as CotisationsOverview;
    expect(after.instalments[0].paidAt).toBeNull();
    expect(after.history[0].label).toMatch(/^Paiement par carte bancaire refusé/);
    expect(await armed('card-declined')).toBe(false);
    const paid = (await admin.client.post(`${base}/paiements/carte`).send({ ...GOOD_CARD, instalmentId: first.id }).expect(200)).body as CotisationsOverview;
    expect(paid.instalments[0]).toMatchObject({ status: 'payee', paidBy: 'carte' });
  });

  it('direct debits happen on the due dates of the sandbox clock; debit-declined rejects the first one only', async () => {
    const { base, contributor } = await attachedClient();
    const signed = (await admin.client.put(`${base}/prelevement`).send({ holder: 'Sophie Martin', iban: 'FR7630006000011234567890189' }).expect(200)).body;
    expect(signed.instalments.every((instalment: { status: string }) => instalment.status === 'prelevement-programme')).toBe(true);
    await arm('debit-declined');

    // 6 February: January's and February's debits are due. The bank rejects the first one.
    await (await test.trainer()).post('/api/sandbox/clock/advance').send({ days: 35 }).expect(200);
    const february = (await admin.client.get(base).expect(200)).body as CotisationsOverview;
    expect(february.instalments.slice(0, 3).map((instalment) => [instalment.status, instalment.paidBy])).toEqual([
      ['prelevement-rejete', null],
      ['payee', 'prelevement'],
      ['prelevement-programme', null],
    ]);
    // Debited on its due date at 9:00 in Paris (UTC+1 in winter).
    expect(february.instalments[1].paidAt).toBe(`${year}-02-05T08:00:00.000Z`);
    expect(february.history.map((entry) => entry.label)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Prélèvement rejeté par la banque — échéance de janvier/),
        expect.stringMatching(/^Paiement par prélèvement automatique de l’échéance de février/),
      ]),
    );
    const [email] = await emailsTo(test.api, contributor.email);
    expect(email).toMatchObject({ subject: 'Votre prélèvement de cotisations a été rejeté' });
    expect(await armed('debit-declined')).toBe(false);
    // Read again: nothing debited twice, nothing rejected twice.
    const again = (await admin.client.get(base).expect(200)).body as CotisationsOverview;
    expect(again.history).toHaveLength(february.history.length);

    // 6 March: March is debited; the rejected January is not tried again, and is paid by card.
    await (await test.trainer()).post('/api/sandbox/clock/advance').send({ days: 28 }).expect(200);
    const march = (await admin.client.get(base).expect(200)).body as CotisationsOverview;
    expect(march.instalments.slice(0, 4).map((instalment) => instalment.status)).toEqual(['prelevement-rejete', 'payee', 'payee', 'prelevement-programme']);
    expect(march.paidCents).toBe(march.instalments[1].amountCents + march.instalments[2].amountCents);
    const paid = (await admin.client.post(`${base}/paiements/carte`).send({ ...GOOD_CARD, instalmentId: march.instalments[0].id }).expect(200)).body as CotisationsOverview;
    expect(paid.instalments[0]).toMatchObject({ status: 'payee', paidBy: 'carte' });
    const rejections = (await emailsTo(test.api, contributor.email)).filter((message) => message.subject.includes('rejeté'));
    expect(rejections).toHaveLength(1);
  });

  it('an instalment already late when the mandate is signed is not debited; the next ones are', async () => {
    // About 6 March (the test above): January to March are paid when the schedule is created.
    const { base } = await attachedClient();
    await admin.client.get(base).expect(200);
    // About 8 April: April's instalment is late.
    await (await test.trainer()).post('/api/sandbox/clock/advance').send({ days: 33 }).expect(200);
    const signed = (await admin.client.put(`${base}/prelevement`).send({ holder: 'Sophie Martin', iban: 'FR7630006000011234567890189' }).expect(200))
      .body as CotisationsOverview;
    expect(signed.instalments.slice(3, 5).map((instalment) => instalment.status)).toEqual(['en-retard', 'prelevement-programme']);
    await (await test.trainer()).post('/api/sandbox/clock/advance').send({ days: 30 }).expect(200);
    const may = (await admin.client.get(base).expect(200)).body as CotisationsOverview;
    expect(may.instalments.slice(3, 6).map((instalment) => [instalment.status, instalment.paidBy])).toEqual([
      ['en-retard', null],
      ['payee', 'prelevement'],
      ['prelevement-programme', null],
    ]);
  });
});

describe('with SANDBOX=false, faults are inert', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({ sandbox: false });
  });
  afterAll(() => test.close());

  it('never consumes nor applies an armed row', async () => {
    // A row left in the table (a database that once ran as a sandbox) must change nothing.
    await test.dataSource.query(`INSERT INTO sandbox_fault (kind, armed_at) VALUES ('email-bounce', now()), ('letter-lost', now())`);
    const faults = test.app.get(SandboxFaults);
    expect(await test.dataSource.transaction((transaction) => faults.consume(transaction, 'email-bounce'))).toBe(false);
    const outbox = test.app.get(Outbox);
    const [email, letter] = await test.dataSource.transaction(async (transaction) => [
      await outbox.sendEmail(transaction, { to: 'inerte@exemple.fr', subject: 'Sans incident', body: '…' }),
      await outbox.sendLetter(transaction, { to: 'M. Inerte', postalAddress: ['M. Inerte'], subject: 'Sans incident', body: '…' }),
    ]);
    expect([email.bouncedAt, letter.lostAt]).toEqual([null, null]);
    expect((await test.dataSource.query(`SELECT count(*)::int AS count FROM sandbox_fault`))[0].count).toBe(2);
  });
});
