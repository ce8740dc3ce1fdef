import type { FirmAccount, FirmAccountList } from '@portail/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, newAccount } from './testing/accounts-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { loggedInAccountant } from './testing/portfolio-fixtures';
import { emailsTo, latestEmailTo } from './testing/signup-journey';

describe('« Adresse injoignable »: correcting the address of an invited account whose e-mail bounced', () => {
  let test: TestApp;
  let admin: Awaited<ReturnType<typeof loggedInAccountant>>;
  beforeAll(async () => {
    test = await createTestApp();
    admin = await loggedInAccountant(test, 'Cabinet Rebond');
  });
  afterAll(() => test.close());

  const armBounce = async () => (await test.trainer()).post('/api/sandbox/faults').send({ kind: 'email-bounce' }).expect(200);
  const invite = async (overrides: Parameters<typeof newAccount>[0] = {}) =>
    (await admin.client.post('/api/firm/accounts').send(newAccount(overrides)).expect(201)).body as FirmAccount;
  const accountOf = async (personId: string) => (await admin.client.get(`/api/firm/accounts/${personId}`).expect(200)).body as FirmAccount;
  const correct = (personId: string, email: unknown) => admin.client.put(`/api/firm/accounts/${personId}/email`).send({ email });

  it('shows the bounced address as unreachable, in the list and the account', async () => {
    const reachable = await invite();
    expect(reachable.emailUnreachable).toBe(false);
    await armBounce();
    const bounced = await invite();
    expect(bounced.emailUnreachable).toBe(true);
    expect((await accountOf(bounced.personId)).emailUnreachable).toBe(true);
    const list = (await admin.client.get('/api/firm/accounts').expect(200)).body as FirmAccountList;
    const unreachable = list.accounts.filter((account) => account.emailUnreachable).map((account) => account.personId);
    expect(unreachable).toEqual([bounced.personId]);
  });

  it('the corrected address gets a new activation link; the old link stops working; audited; all at once', async () => {
    await armBounce();
    const account = await invite({ email: `julie.petti.${Date.now()}@cabinet.fr` });
    const [wrongEmail] = await emailsTo(test.api, account.email);
    const corrected = `julie.petit.${Date.now()}@cabinet.fr`;

    const response = await correct(account.personId, `  ${corrected}  `).expect(200);
    expect(response.body).toMatchObject({ personId: account.personId, email: corrected, status: 'invite', emailUnreachable: false });
    expect(Date.parse((response.body as FirmAccount).activationExpiresAt ?? '')).toBeGreaterThan(Date.parse(account.activationExpiresAt ?? ''));

    const fresh = await latestEmailTo(test.api, corrected);
    expect(fresh).toMatchObject({ subject: expect.stringContaining('Activez votre compte'), bounced: false });
    expect(fresh.links[0].status).toBe('valide');
    const old = (await test.api.get(`/api/sandbox/messages/${wrongEmail.id}`).expect(200)).body;
    expect(old).toMatchObject({ bounced: true, links: [expect.objectContaining({ status: 'remplace' })] });

    const audit = await test.dataSource.query(
      `SELECT kind, actor_person_id, space_id, details FROM audit_event WHERE subject_id = $1 ORDER BY id`,
      [account.personId],
    );
    expect(audit.map((row: { kind: string }) => row.kind)).toEqual(['account.created', 'account.email-corrected', 'account.activation-resent']);
    expect(audit[1]).toMatchObject({ actor_person_id: admin.personId, space_id: admin.spaceId, details: { previousEmail: account.email, email: corrected } });

    // The invitee activates with the link sent to the corrected address, and logs in with it.
    const token = decodeURIComponent(fresh.links[0].href.split('=')[1]);
    await test.api.post('/api/activation').send({ token, password: 'Kq7wZ2xa' }).expect(204);
    const invitee = await test.newClient();
    await invitee.post('/api/auth/login').send({ identifier: corrected, password: 'Kq7wZ2xa' }).expect(200);
  });

  it('refuses a malformed address field by field, an address already used (409), and changes nothing then', async () => {
    const account = await invite();
    const malformed = await correct(account.personId, 'julie.petit@').expect(400);
    expect(malformed.body.errors).toEqual([{ field: 'email', message: expect.stringContaining('domaine') }]);
    await correct(account.personId, 42).expect(400);
    const missing = await admin.client.put(`/api/firm/accounts/${account.personId}/email`).send({}).expect(400);
    expect(missing.body.errors[0].field).toBe('email');

    const other = await invite();
    const taken = await correct(account.personId, other.email.toUpperCase()).expect(409);
    expect(taken.body.errors).toEqual([{ field: 'email', message: expect.stringContaining('déjà utilisée') }]);
    expect(await accountOf(account.personId)).toMatchObject({ email: account.email, status: 'invite' });
    expect((await emailsTo(test.api, account.email))).toHaveLength(1);
    expect((await latestEmailTo(test.api, account.email)).links[0].status).toBe('valide');
  });

  it('is for an invited account only (409), of this space only (404)', async () => {
    const active = await createMember(test.dataSource, { spaceId: admin.spaceId });
    expect((await correct(active.id, `autre.${Date.now()}@cabinet.fr`).expect(409)).body.message).toMatch(/déjà activé/);
    expect((await correct(admin.personId, `moi.${Date.now()}@cabinet.fr`).expect(409)).body.message).toMatch(/déjà activé/);
    const elsewhere = await loggedInAccountant(test, 'Cabinet Ailleurs');
    await correct(elsewhere.personId, `ailleurs.${Date.now()}@cabinet.fr`).expect(404);
    await correct('00000000-0000-4000-8000-000000000000', `personne.${Date.now()}@cabinet.fr`).expect(404);
    await admin.client.put('/api/firm/accounts/pas-un-uuid/email').send({ email: 'a@b.fr' }).expect(400);
  });

  it('the signup’s anonymous « Renvoyer le courriel » keeps its neutral answer (it tells nobody who signed up)', async () => {
    await armBounce();
    const request = { ...newAccount(), email: `inscription.${Date.now()}@cabinet.fr` };
    const answer = await test.api.post('/api/signup/resend').send({ email: request.email }).expect(202);
    expect(answer.body.message).toMatch(/^Si cette adresse attend une validation/);
    // Nobody waited at that address: the fault is still armed for the next real e-mail.
    const [state] = (await (await test.trainer()).get('/api/sandbox/faults').expect(200)).body;
    expect(state).toMatchObject({ kind: 'email-bounce', armed: true });
    await (await test.trainer()).delete('/api/sandbox/faults/email-bounce').expect(200);
  });
});
