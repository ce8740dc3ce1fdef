import { Outbox } from '@portail/api-outbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

describe('outbox and simulated mailbox', () => {
  let test: TestApp;
  let outbox: Outbox;
  beforeAll(async () => {
    test = await createTestApp();
    outbox = test.app.get(Outbox);
  });
  afterAll(() => test.close());

  const messagesOf = async (recipient: string, kind = 'email') =>
    (await test.api.get('/api/sandbox/messages').query({ kind, recipient }).expect(200)).body.items;

  it('writes nothing for a rolled-back transaction', async () => {
    await expect(
      test.dataSource.transaction(async (transaction) => {
        await outbox.sendEmail(transaction, { to: 'annule@exemple.fr', subject: 'Jamais envoyé', body: '…' });
        throw new Error('the change that causes the e-mail fails');
      }),
    ).rejects.toThrow('the change that causes the e-mail fails');
    expect(await messagesOf('annule@exemple.fr')).toEqual([]);
    const [{ count }] = await test.dataSource.query(
      `SELECT count(*)::int AS count FROM outbound_message WHERE recipient = 'annule@exemple.fr'`,
    );
    expect(count).toBe(0);
  });

  it('shows a committed e-mail in the mailbox, with its links, stamped by the sandbox clock', async () => {
    await (await test.trainer()).post('/api/sandbox/clock/advance').send({ days: 2 }).expect(200);
    await test.dataSource.transaction((transaction) =>
      outbox.sendEmail(transaction, {
        to: 'valide@exemple.fr',
        subject: 'Validez votre adresse courriel',
        body: 'Bonjour,\n\nCliquez sur le lien.',
        links: [{ label: 'Valider mon adresse courriel', href: '/inscription/validation?token=abc' }],
        relatedTo: { type: 'signup', id: '42' },
      }),
    );
    const [summary] = await messagesOf('valide@exemple.fr');
    expect(summary).toMatchObject({ kind: 'email', subject: 'Validez votre adresse courriel' });
    expect(Date.parse(summary.createdAt) - Date.now()).toBeGreaterThan(47 * 3_600_000);
    const detail = await test.api.get(`/api/sandbox/messages/${summary.id}`).expect(200);
    expect(detail.body).toMatchObject({
      body: 'Bonjour,\n\nCliquez sur le lien.',
      links: [{ label: 'Valider mon adresse courriel', href: '/inscription/validation?token=abc' }],
      relatedEntityType: 'signup',
      relatedEntityId: '42',
      postalAddress: null,
    });
    const recipients = await test.api.get('/api/sandbox/recipients').query({ kind: 'email' }).expect(200);
    expect(recipients.body[0]).toMatchObject({ recipient: 'valide@exemple.fr', count: 1 });
    await (await test.trainer()).post('/api/sandbox/clock/reset').expect(200);
  });

  it('refuses to write outside a transaction', async () => {
    await expect(
      outbox.sendEmail(test.dataSource.manager, { to: 'x@exemple.fr', subject: 's', body: 'b' }),
    ).rejects.toThrow(/transaction/);
  });

  it('keeps letters apart from e-mails, with their postal address', async () => {
    await test.dataSource.transaction((transaction) =>
      outbox.sendLetter(transaction, {
        to: 'Mme Durand',
        postalAddress: ['Mme Durand', '3 rue des Lilas', '69003 Lyon'],
        subject: 'Votre code de sécurité',
        body: 'Code : 1234',
      }),
    );
    expect(await messagesOf('Mme Durand', 'email')).toEqual([]);
    const [letter] = await messagesOf('Mme Durand', 'letter');
    const detail = await test.api.get(`/api/sandbox/messages/${letter.id}`).expect(200);
    expect(detail.body.postalAddress).toEqual(['Mme Durand', '3 rue des Lilas', '69003 Lyon']);
  });

  it('lists newest first and pages by keyset without gaps or repeats', async () => {
    await test.dataSource.transaction(async (transaction) => {
      for (let index = 0; index < 25; index += 1) {
        await outbox.sendEmail(transaction, { to: 'pages@exemple.fr', subject: `Message ${index}`, body: '…' });
      }
    });
    const seen: string[] = [];
    let before: string | undefined;
    do {
      const page = await test.api
        .get('/api/sandbox/messages')
        .query({ kind: 'email', recipient: 'pages@exemple.fr', limit: 10, ...(before ? { before } : {}) })
        .expect(200);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      before = page.body.nextCursor ?? undefined;
    } while (before);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it('has the trainer welcome e-mail and letter from the start', async () => {
    const recipients = await test.api.get('/api/sandbox/recipients').query({ kind: 'letter' }).expect(200);
    expect(recipients.body.map((row: { recipient: string }) => row.recipient)).toContain('Cabinet de formation');
    expect(await messagesOf('formateur@portail-tiers.test')).toHaveLength(1);
  });

  it.each([
    ['/api/sandbox/messages/pas-un-uuid', 400, /identifiant du message/],
    ['/api/sandbox/messages/5f0c7c43-2d5d-4a6e-9a8e-0d5d6f1e2a3b', 404, /n'existe pas/],
    ['/api/sandbox/messages?kind=fax', 400, /« kind »/],
    ['/api/sandbox/messages?limit=0', 400, /« limit »/],
    ['/api/sandbox/messages?limit=abc', 400, /« limit »/],
    ['/api/sandbox/messages?before=!!', 400, /« before »/],
    ['/api/sandbox/messages?before=bm9uc2Vuc2U', 400, /« before »/],
    ['/api/sandbox/messages?kind=email&kind=letter', 400, /« kind »/],
  ])('GET %s answers %i in French', async (path, status, message) => {
    const response = await test.api.get(path).expect(status);
    expect(response.body.message).toMatch(message);
  });
});
