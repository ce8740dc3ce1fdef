import type { FirmAccount } from '@portail/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activationTokenOf, newAccount } from './testing/accounts-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { loggedInAccountant } from './testing/portfolio-fixtures';

const ASK_ADMINISTRATOR = /demandez à l.administrateur de votre espace de vous envoyer un nouveau lien/;
const SECOND = 1_000;
const DAY = 24 * 3_600 * SECOND;

describe('activation of an access created in « Gérer les comptes » (24 hours, single use)', () => {
  let test: TestApp;
  let admin: Awaited<ReturnType<typeof loggedInAccountant>>;
  beforeAll(async () => {
    test = await createTestApp();
    // Next year, so that the sandbox clock (which only moves forward) can be set precisely.
    await (await test.trainer()).post('/api/sandbox/clock/set').send({ at: `${new Date().getFullYear() + 1}-03-02T08:00:00.000Z` }).expect(200);
    admin = await loggedInAccountant(test, 'Cabinet Lefebvre');
  });
  afterAll(() => test.close());

  async function invite(overrides: Parameters<typeof newAccount>[0] = {}): Promise<{ account: FirmAccount; token: string; createdAt: Date }> {
    const account = (await admin.client.post('/api/firm/accounts').send(newAccount(overrides)).expect(201)).body as FirmAccount;
    const [link] = await test.dataSource.query(
      `SELECT created_at FROM one_time_token WHERE person_id = $1 AND purpose = 'activation' ORDER BY created_at DESC LIMIT 1`,
      [account.personId],
    );
    return { account, token: await activationTokenOf(test, account.email), createdAt: link.created_at };
  }

  const setClock = async (at: number) => (await test.trainer()).post('/api/sandbox/clock/set').send({ at: new Date(at).toISOString() }).expect(200);
  const statusOf = async (personId: string) => (await admin.client.get(`/api/firm/accounts/${personId}`).expect(200)).body.status;

  it('greets the invitee, then activates with a password of the rule: the person logs in with their e-mail', async () => {
    const { account, token } = await invite({ firstName: 'Julie', lastName: 'Petit' });
    const invitation = await test.api.post('/api/activation/check').send({ token }).expect(200);
    expect(invitation.body).toEqual({ firstName: 'Julie', lastName: 'Petit', email: account.email, firmName: 'Cabinet Lefebvre', role: 'collaborateur' });

    // A refused password rolls the use of the link back: the person tries another one with the same link.
    const tooShort = await test.api.post('/api/activation').send({ token, password: 'abc1' }).expect(400);
    expect(tooShort.body.message).toContain('8 caractères');
    await test.api.post('/api/activation').send({ token, password: 'Petit123' }).expect(400);
    await test.api.post('/api/activation').send({ token, password: 'Kp7wZ2qa' }).expect(204);

    const used = await test.api.post('/api/activation').send({ token, password: 'Kp7wZ2qa' }).expect(410);
    expect(used.body).toMatchObject({ reason: 'used', statusCode: 410 });
    await test.api.post('/api/activation/check').send({ token }).expect(410);

    const [person] = await test.dataSource.query(`SELECT email_verified_at, password_provisional FROM person WHERE id = $1`, [account.personId]);
    expect(person.email_verified_at).not.toBeNull();
    expect(person.password_provisional).toBe(false);
    const kinds = await test.dataSource.query(`SELECT kind, space_id FROM audit_event WHERE actor_person_id = $1 ORDER BY id`, [account.personId]);
    expect(kinds).toEqual([
      { kind: 'token.used', space_id: admin.spaceId },
      { kind: 'account.activated', space_id: admin.spaceId },
    ]);
    expect(await statusOf(account.personId)).toBe('actif');

    const session = await test.newClient();
    const login = await session.post('/api/auth/login').send({ identifier: account.email, password: 'Kp7wZ2qa' }).expect(200);
    expect(login.body).toMatchObject({ mustChangePassword: false, currentSpaceId: admin.spaceId });
    expect(login.body.spaces).toEqual([expect.objectContaining({ id: admin.spaceId, role: 'collaborateur', rights: ['consultation-cotisations'] })]);
    await admin.client.post(`/api/firm/accounts/${account.personId}/activation-link`).expect(409);
  });

  it('a new link cancels the previous one', async () => {
    const { account, token: first } = await invite();
    await admin.client.post(`/api/firm/accounts/${account.personId}/activation-link`).expect(200);
    const second = await activationTokenOf(test, account.email);
    expect(second).not.toBe(first);
    const replaced = await test.api.post('/api/activation/check').send({ token: first }).expect(410);
    expect(replaced.body.reason).toBe('replaced');
    await test.api.post('/api/activation').send({ token: first, password: 'Kp7wZ2qa' }).expect(410);
    await test.api.post('/api/activation').send({ token: second, password: 'Kp7wZ2qa' }).expect(204);
  });

  it('an unknown link, or one of a deactivated access, opens nothing', async () => {
    const unknown = await test.api.post('/api/activation/check').send({ token: 'x'.repeat(43) }).expect(410);
    expect(unknown.body).toMatchObject({ reason: 'unknown', message: expect.stringMatching(ASK_ADMINISTRATOR) });
    const { account, token } = await invite();
    await admin.client.post(`/api/firm/accounts/${account.personId}/deactivate`).expect(200);
    await test.api.post('/api/activation').send({ token, password: 'Kp7wZ2qa' }).expect(410);
    await test.api.post('/api/activation').send({ password: 'Kp7wZ2qa' }).expect(400);
  });

  // Last: the sandbox clock only moves forward.
  it('works at 24 h − 1 s after the link was sent and is refused at 24 h + 1 s, with the way to get a new one', async () => {
    const early = await invite();
    const late = await invite();

    await setClock(early.createdAt.getTime() + DAY - SECOND);
    await test.api.post('/api/activation/check').send({ token: early.token }).expect(200);
    await test.api.post('/api/activation').send({ token: early.token, password: 'Kp7wZ2qa' }).expect(204);

    await setClock(late.createdAt.getTime() + DAY + SECOND);
    const expired = await test.api.post('/api/activation').send({ token: late.token, password: 'Kp7wZ2qa' }).expect(410);
    expect(expired.body).toMatchObject({ reason: 'expired', message: expect.stringMatching(ASK_ADMINISTRATOR) });
    const checked = await test.api.post('/api/activation/check').send({ token: late.token }).expect(410);
    expect(checked.body.reason).toBe('expired');
    expect(await statusOf(late.account.personId)).toBe('expire');

    // The administrator sends a new link: 24 hours again from now.
    const resent = (await admin.client.post(`/api/firm/accounts/${late.account.personId}/activation-link`).expect(200)).body as FirmAccount;
    expect(resent.status).toBe('invite');
    await test.api.post('/api/activation').send({ token: await activationTokenOf(test, late.account.email), password: 'Kp7wZ2qa' }).expect(204);
    const kinds = await test.dataSource.query(`SELECT kind FROM audit_event WHERE subject_id = $1 ORDER BY id`, [late.account.personId]);
    expect(kinds.map((row: { kind: string }) => row.kind)).toEqual(['account.created', 'account.activation-resent', 'token.used', 'account.activated']);
  });
});
