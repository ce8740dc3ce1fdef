import type { FirmAccount, OutboundMessageDetail, ResendResult } from '@portail/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccount } from './testing/accounts-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createContributor, loggedInAccountant } from './testing/portfolio-fixtures';
import { GOOD_PASSWORD, latestEmailTo, signupRequest } from './testing/signup-journey';

const HOUR = 3_600_000;

describe('the trainer’s mailbox: link statuses, « Renvoyer », lost letters', () => {
  let test: TestApp;
  let admin: Awaited<ReturnType<typeof loggedInAccountant>>;
  beforeAll(async () => {
    test = await createTestApp();
    admin = await loggedInAccountant(test, 'Cabinet Courrier');
  });
  afterAll(() => test.close());

  /** A message as a trainee opens it: anonymously. */
  const read = async (id: string) => (await test.api.get(`/api/sandbox/messages/${id}`).expect(200)).body as OutboundMessageDetail;
  const resend = async (id: string, status = 200) => (await (await test.trainer()).post(`/api/sandbox/messages/${id}/resend`).expect(status)).body;
  const tokenOf = (message: OutboundMessageDetail) => decodeURIComponent(message.links[0].href.split('=')[1]);

  async function invite(): Promise<{ account: FirmAccount; email: OutboundMessageDetail }> {
    const account = (await admin.client.post('/api/firm/accounts').send(newAccount()).expect(201)).body as FirmAccount;
    return { account, email: await latestEmailTo(test.api, account.email) };
  }

  it('an activation link is « valide » for 24 hours of the sandbox clock, then « expiré »', async () => {
    const { email } = await invite();
    expect(email.links).toEqual([
      { label: 'Activer mon compte', href: expect.stringMatching(/^\/activation\?jeton=/), status: 'valide', expiresAt: expect.any(String) },
    ]);
    // The token is issued a moment before the e-mail is written (two reads of the clock).
    expect(Date.parse(email.links[0].expiresAt ?? '') - Date.parse(email.createdAt)).toBeCloseTo(24 * HOUR, -3);
    expect(email).toMatchObject({ bounced: false, lost: false, resendable: true });

    await (await test.trainer()).post('/api/sandbox/clock/advance').send({ hours: 25 }).expect(200);
    expect((await read(email.id)).links[0]).toMatchObject({ status: 'expire', expiresAt: email.links[0].expiresAt });
    // Expired, the access still waits for its activation: « Renvoyer » applies.
    expect((await read(email.id)).resendable).toBe(true);
  });

  it('« Renvoyer » sends a new valid link and the old one becomes « remplacé », as the administrator’s button does', async () => {
    const { account, email } = await invite();
    const result = (await resend(email.id)) as ResendResult;
    expect(result.message).toBe(`Un nouveau lien d'activation a été envoyé à ${account.email} ; le lien précédent ne fonctionne plus.`);
    expect((await read(email.id)).links[0].status).toBe('remplace');
    const fresh = await read(result.newMessageId);
    expect(fresh).toMatchObject({ recipient: account.email, subject: email.subject, resendable: true });
    expect(fresh.links[0].status).toBe('valide');
    expect((await latestEmailTo(test.api, account.email)).id).toBe(result.newMessageId);
    // The product agrees: the old link is refused as replaced, the new one works.
    expect((await test.api.post('/api/activation/check').send({ token: tokenOf(email) }).expect(410)).body.reason).toBe('replaced');
    await test.api.post('/api/activation/check').send({ token: tokenOf(fresh) }).expect(200);
    const [audit] = await test.dataSource.query(
      `SELECT actor_person_id, space_id FROM audit_event WHERE kind = 'account.activation-resent' AND subject_id = $1`,
      [account.personId],
    );
    const [trainer] = await test.dataSource.query(`SELECT id FROM person WHERE email = 'formateur@portail-tiers.test'`);
    expect(audit).toEqual({ actor_person_id: trainer.id, space_id: admin.spaceId });

    // Once used, the link says so, and there is nothing left to send.
    await test.api.post('/api/activation').send({ token: tokenOf(fresh), password: GOOD_PASSWORD }).expect(204);
    expect(await read(fresh.id)).toMatchObject({ links: [expect.objectContaining({ status: 'utilise' })], resendable: false });
    const refused = await resend(fresh.id, 409);
    expect(refused.message).toMatch(/déjà activé/);
  });

  it('a signup’s validation link: « utilisé » after the validation, re-sendable until the password exists', async () => {
    const request = signupRequest();
    await test.api.post('/api/signup').send(request).expect(201);
    const validation = await latestEmailTo(test.api, request.email);
    expect(validation).toMatchObject({ resendable: true, links: [expect.objectContaining({ status: 'valide' })] });
    const { passwordToken } = (await test.api.post('/api/signup/validate-email').send({ token: tokenOf(validation) }).expect(200)).body;
    expect((await read(validation.id)).links[0].status).toBe('utilise');

    // The 1-hour password link may be lost: the product re-sends a validation e-mail, so does the trainer.
    const result = (await resend(validation.id)) as ResendResult;
    expect(result.message).toMatch(/nouveau courriel de validation a été envoyé à/);
    expect((await read(result.newMessageId)).links[0].status).toBe('valide');

    await test.api.post('/api/signup/password').send({ token: passwordToken, password: GOOD_PASSWORD }).expect(204);
    expect((await read(result.newMessageId)).resendable).toBe(false);
    expect((await resend(result.newMessageId, 409)).message).toMatch(/mot de passe est déjà créé/);
  });

  it('a password-reset link is re-sent as « Mot de passe oublié » would', async () => {
    const request = signupRequest();
    await test.api.post('/api/signup').send(request).expect(201);
    const validation = await latestEmailTo(test.api, request.email);
    const { passwordToken } = (await test.api.post('/api/signup/validate-email').send({ token: tokenOf(validation) }).expect(200)).body;
    await test.api.post('/api/signup/password').send({ token: passwordToken, password: GOOD_PASSWORD }).expect(204);
    await test.api.post('/api/auth/password-reset/request').send({ email: request.email }).expect(202);
    const reset = await latestEmailTo(test.api, request.email);
    expect(reset).toMatchObject({ subject: 'Réinitialisation de votre mot de passe', resendable: true });
    expect(Date.parse(reset.links[0].expiresAt ?? '') - Date.parse(reset.createdAt)).toBeCloseTo(HOUR, -3);
    const result = (await resend(reset.id)) as ResendResult;
    expect(result.message).toMatch(/réinitialisation du mot de passe a été envoyé/);
    expect((await read(reset.id)).links[0].status).toBe('remplace');
    await test.api.post('/api/auth/password-reset').send({ token: tokenOf(await read(result.newMessageId)), newPassword: 'Zz9yXw8v' }).expect(204);
  });

  it('a message without such a link, or a letter, is not re-sendable (422)', async () => {
    const [welcome] = await test.dataSource.query(`SELECT id FROM outbound_message WHERE recipient = 'formateur@portail-tiers.test' AND kind = 'email'`);
    expect((await read(welcome.id)).resendable).toBe(false);
    expect((await resend(welcome.id, 422)).message).toMatch(/ne se renvoie pas/);
    const [letter] = await test.dataSource.query(`SELECT id FROM outbound_message WHERE kind = 'letter' LIMIT 1`);
    expect((await resend(letter.id, 422)).message).toMatch(/courrier/);
    await resend('00000000-0000-4000-8000-000000000000', 404);
  });

  it('marks a letter « perdu », idempotently; an e-mail cannot be lost (400)', async () => {
    const contributor = await createContributor(test.dataSource, { lastName: 'Perdu' });
    const added = await admin.client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    const [letter] = await test.dataSource.query(`SELECT id, recipient FROM outbound_message WHERE kind = 'letter' AND related_entity_id = $1`, [added.body.id]);
    expect((await read(letter.id)).lost).toBe(false);
    const trainer = await test.trainer();
    expect((await trainer.post(`/api/sandbox/messages/${letter.id}/lost`).expect(200)).body).toMatchObject({ id: letter.id, lost: true });
    const [{ lost_at: first }] = await test.dataSource.query(`SELECT lost_at FROM outbound_message WHERE id = $1`, [letter.id]);
    await trainer.post(`/api/sandbox/messages/${letter.id}/lost`).expect(200);
    const [{ lost_at: again }] = await test.dataSource.query(`SELECT lost_at FROM outbound_message WHERE id = $1`, [letter.id]);
    expect(again).toEqual(first);
    const page = await test.api.get('/api/sandbox/messages').query({ kind: 'letter', recipient: letter.recipient }).expect(200);
    expect(page.body.items.find((item: { id: string }) => item.id === letter.id)).toMatchObject({ lost: true, bounced: false });

    const { email } = await invite();
    expect((await trainer.post(`/api/sandbox/messages/${email.id}/lost`).expect(400)).body.message).toMatch(/Seul un courrier/);
    await trainer.post('/api/sandbox/messages/00000000-0000-4000-8000-000000000000/lost').expect(404);
    await trainer.post('/api/sandbox/messages/pas-un-uuid/lost').expect(400);
  });

  it('the Formateur’s actions do not exist for anyone else (404), nor anonymously (401)', async () => {
    const { email } = await invite();
    for (const path of [`/api/sandbox/messages/${email.id}/resend`, `/api/sandbox/messages/${email.id}/lost`]) {
      await test.api.post(path).expect(401);
      expect((await admin.client.post(path).expect(404)).body.message).toMatch(/aucune ressource/);
    }
    // Nothing was sent by those attempts.
    expect((await latestEmailTo(test.api, email.recipient)).id).toBe(email.id);
  });
});
