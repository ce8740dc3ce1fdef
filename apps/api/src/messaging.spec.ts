import { type BackofficeAnswer, type BackofficeThreadSummary, MESSAGES_PER_HOUR, type MessageThread, type MessageThreadSummary } from '@portail/domain';
import type TestAgent from 'supertest/lib/agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, loggedIn } from './testing/accounts-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createPerson, createSpace } from './testing/identity-fixtures';
import { loggedInAccountant } from './testing/portfolio-fixtures';

/**
 * « Messagerie »: a space's conversations with its Urssaf (/api/messaging), the Conseiller's side
 * (/api/backoffice/messaging), the unread counts of each person, the e-mail notice of an answer.
 */
describe('Messagerie', () => {
  let test: TestApp;
  let firm: Awaited<ReturnType<typeof loggedInAccountant>>;
  let conseiller: TestAgent;
  const outboxCount = async (): Promise<number> =>
    ((await test.dataSource.query(`SELECT count(*)::int AS n FROM outbound_message`)) as { n: number }[])[0].n;

  beforeAll(async () => {
    test = await createTestApp();
    firm = await loggedInAccountant(test, 'Cabinet Lefebvre');
    const person = await createPerson(test.dataSource, { email: 'conseillere@urssaf.test', backofficeRole: 'conseiller', firstName: 'Sophie', lastName: 'Garnier' });
    conseiller = await loggedIn(test, person);
  });
  afterAll(() => test.close());

  async function startThread(client: TestAgent, subject = 'Question sur mon échéancier', body = 'Bonjour,\nmon échéancier a-t-il changé ?'): Promise<MessageThread> {
    return (await client.post('/api/messaging/threads').send({ subject, body }).expect(201)).body as MessageThread;
  }

  async function answer(threadId: string, body = 'Votre échéancier est inchangé.'): Promise<BackofficeAnswer> {
    return (await conseiller.post(`/api/backoffice/messaging/threads/${threadId}/messages`).send({ body }).expect(201)).body as BackofficeAnswer;
  }

  const unread = async (client: TestAgent): Promise<number> => ((await client.get('/api/messaging/unread').expect(200)).body as { count: number }).count;

  describe('who may use it', () => {
    it('refuses a collaborator without the « Messagerie » right, in French, and lets one who holds it in', async () => {
      const without = await loggedIn(test, await createMember(test.dataSource, { spaceId: firm.spaceId, rights: ['consultation-cotisations'] }));
      for (const call of [without.get('/api/messaging/threads'), without.get('/api/messaging/unread'), without.post('/api/messaging/threads').send({})]) {
        const refused = await call.expect(403);
        expect(refused.body.message).toBe('Votre compte ne dispose pas du droit « Messagerie » : demandez-le à l’administrateur de votre espace.');
      }
      const holder = await loggedIn(test, await createMember(test.dataSource, { spaceId: firm.spaceId, rights: ['messagerie'] }));
      await holder.get('/api/messaging/threads').expect(200);
      const thread = await startThread(holder, 'Demande du collaborateur');
      await holder.get(`/api/messaging/threads/${thread.id}`).expect(200);
    });

    it('opens the Messagerie of their own space to a travailleur indépendant', async () => {
      const person = await createPerson(test.dataSource, { firstName: 'Paul', lastName: 'Durand' });
      await createSpace(test.dataSource, { personId: person.id }, { kind: 'travailleur-independant', name: 'Paul Durand' });
      const ti = await loggedIn(test, person);
      const thread = await startThread(ti, 'Ma cessation d’activité');
      expect(thread.messages).toEqual([expect.objectContaining({ side: 'espace', authorName: 'Paul Durand' })]);
      expect(((await ti.get('/api/messaging/threads').expect(200)).body as MessageThreadSummary[]).map((item) => item.id)).toEqual([thread.id]);
      // Nobody else's threads: the firm does not see the TI's, nor the TI the firm's.
      expect(((await firm.client.get('/api/messaging/threads').expect(200)).body as MessageThreadSummary[]).map((item) => item.id)).not.toContain(thread.id);
    });

    it('refuses the Conseiller on the space side, and hides the back-office from everyone else', async () => {
      const refused = await conseiller.get('/api/messaging/threads').expect(403);
      expect(refused.body.message).toContain('Choisissez d’abord l’espace');
      await firm.client.get('/api/backoffice/messaging/threads').expect(404);
      await (await test.newClient()).get('/api/messaging/unread').expect(401);
      await (await test.newClient()).get('/api/backoffice/messaging/threads').expect(401);
    });

    it('answers 404 for a thread of another firm, as for an unknown one, and 400 for a malformed identifier', async () => {
      const other = await loggedInAccountant(test, 'Autre Cabinet');
      const theirs = await startThread(other.client, 'Leur conversation', 'Un message confidentiel');
      const unknown = '7b0e8f4c-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
      for (const threadId of [theirs.id, unknown]) {
        expect((await firm.client.get(`/api/messaging/threads/${threadId}`).expect(404)).body.message).toBe('Cette conversation n’existe pas.');
        await firm.client.post(`/api/messaging/threads/${threadId}/messages`).send({ body: 'Bonjour' }).expect(404);
      }
      const malformed = await firm.client.get('/api/messaging/threads/pas-un-identifiant').expect(400);
      expect(malformed.body.message).toBe("L'identifiant de la conversation n'est pas valide (paramètre « threadId »).");
      await conseiller.get('/api/backoffice/messaging/threads/pas-un-identifiant').expect(400);
      await conseiller.get(`/api/backoffice/messaging/threads/${unknown}`).expect(404);
      // Nothing was written in their thread.
      expect(((await other.client.get(`/api/messaging/threads/${theirs.id}`).expect(200)).body as MessageThread).messages).toHaveLength(1);
    });
  });

  describe('a conversation and its unread counts', () => {
    it('counts the Urssaf’s unread messages per person: 0, 1 after the answer, 0 once read, still 1 for a colleague', async () => {
      const colleague = await loggedIn(test, await createMember(test.dataSource, { spaceId: firm.spaceId, rights: ['messagerie'] }));
      const before = { mine: await unread(firm.client), theirs: await unread(colleague) };
      const thread = await startThread(firm.client, 'Attestation de vigilance');
      expect(await unread(firm.client)).toBe(before.mine);

      const answered = await answer(thread.id, 'Votre attestation est disponible.');
      expect(answered.thread.messages.map((message) => [message.side, message.authorName])).toEqual([
        ['espace', 'Claire Martin'],
        ['urssaf', 'Sophie Garnier'],
      ]);
      expect(await unread(firm.client)).toBe(before.mine + 1);
      expect(await unread(colleague)).toBe(before.theirs + 1);
      const listed = ((await firm.client.get('/api/messaging/threads').expect(200)).body as MessageThreadSummary[])[0];
      expect(listed).toMatchObject({ id: thread.id, subject: 'Attestation de vigilance', lastMessageSide: 'urssaf', messageCount: 2, unreadCount: 1 });

      // The Conseiller reading it changes nothing for the space.
      await conseiller.get(`/api/backoffice/messaging/threads/${thread.id}`).expect(200);
      expect(await unread(firm.client)).toBe(before.mine + 1);

      const read = (await firm.client.get(`/api/messaging/threads/${thread.id}`).expect(200)).body as MessageThread;
      expect(read.messages.map((message) => message.body)).toEqual(['Bonjour,\nmon échéancier a-t-il changé ?', 'Votre attestation est disponible.']);
      expect(await unread(firm.client)).toBe(before.mine);
      expect(await unread(colleague)).toBe(before.theirs + 1);
      const afterRead = ((await firm.client.get('/api/messaging/threads').expect(200)).body as MessageThreadSummary[]).find((item) => item.id === thread.id);
      expect(afterRead?.unreadCount).toBe(0);
    });

    it('lists the threads newest activity first, and the Conseiller’s « À traiter » as those where the space wrote last', async () => {
      const first = await startThread(firm.client, 'Première question');
      const second = await startThread(firm.client, 'Deuxième question');
      let list = (await firm.client.get('/api/messaging/threads').expect(200)).body as MessageThreadSummary[];
      expect(list.slice(0, 2).map((item) => item.id)).toEqual([second.id, first.id]);

      const waiting = async () =>
        ((await conseiller.get('/api/backoffice/messaging/threads').query({ filter: 'a-traiter' }).expect(200)).body as BackofficeThreadSummary[]).map((item) => item.id);
      expect(await waiting()).toEqual(expect.arrayContaining([first.id, second.id]));
      // A queue: the space waiting longest comes first.
      expect((await waiting()).indexOf(first.id)).toBeLessThan((await waiting()).indexOf(second.id));

      await answer(first.id);
      expect(await waiting()).not.toContain(first.id);
      list = (await firm.client.get('/api/messaging/threads').expect(200)).body as MessageThreadSummary[];
      expect(list[0].id).toBe(first.id);

      await firm.client.post(`/api/messaging/threads/${first.id}/messages`).send({ body: 'Merci, une autre question.' }).expect(201);
      expect(await waiting()).toContain(first.id);

      const all = (await conseiller.get('/api/backoffice/messaging/threads').expect(200)).body as BackofficeThreadSummary[];
      expect(all[0]).toMatchObject({ id: first.id, spaceId: firm.spaceId, spaceName: 'Cabinet Lefebvre', spaceKind: 'tiers', lastMessageSide: 'espace', messageCount: 3 });
      await conseiller.get('/api/backoffice/messaging/threads').query({ filter: 'urgent' }).expect(400);
    });

    it('dates messages by the sandbox clock', async () => {
      // A firm of its own: its thread, dated two days ahead, stays out of the other lists.
      const later = await loggedInAccountant(test, 'Cabinet du futur');
      const trainer = await test.trainer();
      await trainer.post('/api/sandbox/clock/advance').send({ hours: 48 }).expect(200);
      try {
        const thread = await startThread(later.client, 'Dans deux jours');
        expect(new Date(thread.messages[0].sentAt).getTime()).toBeGreaterThan(Date.now() + 47 * 3_600_000);
        expect(thread.lastMessageAt).toBe(thread.messages[0].sentAt);
      } finally {
        await trainer.post('/api/sandbox/clock/reset').expect(200);
      }
    });
  });

  describe('the e-mail notice of an answer', () => {
    it('goes to the thread’s creator with a link to the thread, never with the message', async () => {
      const thread = await startThread(firm.client, 'Situation personnelle', 'Voici ma situation de santé, confidentielle.');
      const answered = await answer(thread.id, 'Réponse confidentielle : votre dossier médical est noté.');
      const [creator]: { email: string }[] = await test.dataSource.query(`SELECT email FROM person WHERE id = $1`, [firm.personId]);
      expect(answered.noticeSentTo).toBe(creator.email);

      const notices: { recipient: string; subject: string; body: string; links: unknown; related_entity_id: string }[] = await test.dataSource.query(
        `SELECT recipient, subject, body, links, related_entity_id FROM outbound_message WHERE related_entity_type = 'message-thread' AND related_entity_id = $1`,
        [thread.id],
      );
      expect(notices).toHaveLength(1);
      const [notice] = notices;
      expect(notice.recipient).toBe(creator.email);
      expect(notice.subject).toBe('Nouveau message dans votre Messagerie');
      expect(notice.body).toContain('Un nouveau message de votre Urssaf vous attend dans la Messagerie de l’espace « Cabinet Lefebvre »');
      expect(notice.links).toEqual([{ label: 'Lire le message', href: `/messagerie/${thread.id}` }]);
      for (const secret of ['confidentielle', 'dossier médical', 'Situation personnelle']) expect(notice.body).not.toContain(secret);

      // The sandbox mailbox shows it to the trainee.
      const page = await test.api.get('/api/sandbox/messages').query({ recipient: creator.email, limit: 1 }).expect(200);
      expect(page.body.items[0]).toMatchObject({ subject: 'Nouveau message dans votre Messagerie' });
    });

    it('sends nothing when the answer is refused', async () => {
      const thread = await startThread(firm.client, 'Sans réponse');
      const before = await outboxCount();
      const empty = await conseiller.post(`/api/backoffice/messaging/threads/${thread.id}/messages`).send({ body: '   ' }).expect(400);
      expect(empty.body.message).toBe('Le message est obligatoire (champ « body »).');
      await conseiller.post(`/api/backoffice/messaging/threads/${thread.id}/messages`).send({}).expect(400);
      await conseiller.post('/api/backoffice/messaging/threads/7b0e8f4c-1d2a-4c3b-9e8f-0a1b2c3d4e5f/messages').send({ body: 'Bonjour' }).expect(404);
      expect(await outboxCount()).toBe(before);
      expect(((await firm.client.get(`/api/messaging/threads/${thread.id}`).expect(200)).body as MessageThread).messages).toHaveLength(1);
    });

    it('goes to the space’s primary administrator once the creator’s account is deactivated', async () => {
      const creator = await createMember(test.dataSource, { spaceId: firm.spaceId, rights: ['messagerie'] });
      const thread = await startThread(await loggedIn(test, creator), 'Question d’un collaborateur parti');
      await test.dataSource.query(`UPDATE space_member SET status = 'desactive' WHERE person_id = $1`, [creator.id]);
      const [admin]: { email: string }[] = await test.dataSource.query(`SELECT email FROM person WHERE id = $1`, [firm.personId]);
      expect((await answer(thread.id)).noticeSentTo).toBe(admin.email);
    });
  });

  describe('what may be sent', () => {
    it('answers each wrong field with a French sentence naming it, and writes nothing', async () => {
      const errorsOf = async (body: object) =>
        (await firm.client.post('/api/messaging/threads').send(body).expect(400)).body.errors as { field: string; message: string }[];
      const threadsBefore: { n: number }[] = await test.dataSource.query(`SELECT count(*)::int AS n FROM message_thread`);
      expect(await errorsOf({ subject: 'Ok', body: 'Bonjour' })).toEqual([
        { field: 'subject', message: 'L’objet doit comporter au moins 3 caractères (champ « subject »).' },
      ]);
      expect(await errorsOf({ subject: '   Ok   ', body: 'Bonjour' })).toEqual([expect.objectContaining({ field: 'subject' })]);
      expect(await errorsOf({ subject: 'x'.repeat(121), body: 'Bonjour' })).toEqual([
        { field: 'subject', message: 'L’objet ne doit pas dépasser 120 caractères (champ « subject »).' },
      ]);
      expect(await errorsOf({ subject: 'Question', body: 'x'.repeat(5001) })).toEqual([
        { field: 'body', message: 'Le message ne doit pas dépasser 5 000 caractères (champ « body »).' },
      ]);
      expect(await errorsOf({ subject: 'Question', body: 'nul \u0000 octet' })).toEqual([
        { field: 'body', message: 'Le message contient un caractère non admis (champ « body »).' },
      ]);
      expect(await errorsOf({})).toEqual([
        { field: 'subject', message: 'L’objet est obligatoire (champ « subject »).' },
        { field: 'body', message: 'Le message est obligatoire (champ « body »).' },
      ]);
      expect(await errorsOf({ subject: 'Question', body: 'Bonjour', urgent: true })).toEqual([expect.objectContaining({ field: 'urgent' })]);
      expect(await test.dataSource.query(`SELECT count(*)::int AS n FROM message_thread`)).toEqual(threadsBefore);

      // The limits themselves are accepted, trimmed.
      const longest = await startThread(firm.client, `  ${'é'.repeat(120)}  `, `\n${'x'.repeat(5000)}\n`);
      expect(longest.subject).toBe('é'.repeat(120));
      expect(longest.messages[0].body).toBe('x'.repeat(5000));
    });

    it(`limits a person to ${MESSAGES_PER_HOUR} messages an hour on the sandbox clock`, async () => {
      const busy = await loggedIn(test, await createMember(test.dataSource, { spaceId: firm.spaceId, rights: ['messagerie'] }));
      // The counters are fixed windows of an hour: start just after an hour begins, so that the
      // burst below cannot straddle two windows.
      const trainer = await test.trainer();
      const nextHour = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
      await trainer.post('/api/sandbox/clock/set').send({ at: new Date(nextHour + 60_000).toISOString() }).expect(200);
      const thread = await startThread(busy, 'Beaucoup de messages');
      for (let sent = 1; sent < MESSAGES_PER_HOUR; sent++) {
        await busy.post(`/api/messaging/threads/${thread.id}/messages`).send({ body: `Message ${sent}` }).expect(201);
      }
      const refused = await busy.post(`/api/messaging/threads/${thread.id}/messages`).send({ body: 'Un de trop' }).expect(429);
      expect(refused.body.message).toContain(`Vous avez envoyé ${MESSAGES_PER_HOUR} messages en moins d’une heure`);
      await busy.post('/api/messaging/threads').send({ subject: 'Nouvelle question', body: 'Encore' }).expect(429);
      // Others of the space are not held back.
      await startThread(firm.client, 'Une autre personne');

      await trainer.post('/api/sandbox/clock/advance').send({ hours: 1 }).expect(200);
      await busy.post(`/api/messaging/threads/${thread.id}/messages`).send({ body: 'Une heure plus tard' }).expect(201);
      await trainer.post('/api/sandbox/clock/reset').expect(200);
    });
  });
});
