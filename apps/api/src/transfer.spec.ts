import type { AttachmentStatus } from '@portail/domain';
import type TestAgent from 'supertest/lib/agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createPerson, type PersonFixture } from './testing/identity-fixtures';
import { createContributor, loggedInAccountant } from './testing/portfolio-fixtures';

/**
 * « Changement de responsable »: a whole portfolio from one administrator of the space to another
 * (POST /api/firm/transfer), in one transaction. Members, portfolios and attachments are written
 * in SQL; only the people who call the API log in.
 */
describe('portfolio transfer between administrators', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  const query = <T = Record<string, unknown>>(text: string, parameters: unknown[] = []): Promise<T[]> => test.dataSource.query(text, parameters);

  interface Firm {
    spaceId: string;
    /** The primary administrator, logged in; owns `portfolioId`. */
    a: { client: TestAgent; personId: string; portfolioId: string };
    /** A second, active administrator without a portfolio. */
    b: PersonFixture;
  }

  async function firm(): Promise<Firm> {
    const { client, personId, spaceId } = await loggedInAccountant(test, 'Cabinet Transfert');
    const portfolioId = await createPortfolio(spaceId, personId);
    const b = await addMember(spaceId, { role: 'administrateur', firstName: 'Bruno', lastName: 'Successeur' });
    return { spaceId, a: { client, personId, portfolioId }, b };
  }

  async function addMember(
    spaceId: string,
    options: { role: 'administrateur' | 'collaborateur'; status?: 'invite' | 'actif' | 'desactive'; portfolioId?: string; firstName?: string; lastName?: string },
  ): Promise<PersonFixture> {
    // Not the fixtures' default password: the one re-entered must be the confirming administrator's own.
    const person = await createPerson(test.dataSource, { firstName: options.firstName, lastName: options.lastName, password: 'Succ3ss1' });
    await query(
      `INSERT INTO space_member (space_id, person_id, role, is_primary, created_at, status, rights, portfolio_id)
       VALUES ($1, $2, $3, false, now(), $4, $5, $6)`,
      [
        spaceId,
        person.id,
        options.role,
        options.status ?? 'actif',
        options.role === 'collaborateur' ? ['gestion-portefeuille', 'consultation-cotisations'] : [],
        options.portfolioId ?? null,
      ],
    );
    return person;
  }

  async function createPortfolio(spaceId: string, ownerId: string): Promise<string> {
    const [{ id }] = await query<{ id: string }>(`INSERT INTO portfolio (space_id, owner_person_id, created_at) VALUES ($1, $2, now()) RETURNING id`, [
      spaceId,
      ownerId,
    ]);
    return id;
  }

  /** An attachment of `contributorId` (a new contributor when omitted) to the portfolio; returns its id and the contributor's. */
  async function attach(portfolioId: string, status: AttachmentStatus, contributorId?: string): Promise<{ id: string; contributorId: string }> {
    const contributor = contributorId ?? (await createContributor(test.dataSource)).id;
    const [{ id }] = await query<{ id: string }>(
      `INSERT INTO attachment (portfolio_id, contributor_id, status, name_key, siren, failed_tries, created_at, attached_at)
       SELECT $1, contributor.id, $3::attachment_status, lower(contributor.last_name || ' ' || contributor.first_name), contributor.siren,
              CASE WHEN $3 = 'bloque' THEN 5 ELSE 0 END, now(), CASE WHEN $3 = 'rattache' THEN now() END
         FROM contributor WHERE contributor.id = $2
       RETURNING id`,
      [portfolioId, contributor, status],
    );
    return { id, contributorId: contributor };
  }

  async function attachSeveral(portfolioId: string, statuses: AttachmentStatus[]): Promise<{ id: string; contributorId: string }[]> {
    const attached = [];
    for (const status of statuses) attached.push(await attach(portfolioId, status));
    return attached;
  }

  async function assign(personId: string, attachmentIds: string[]): Promise<void> {
    await query(
      `INSERT INTO client_assignment (person_id, attachment_id, assigned_at) SELECT $1, unnest($2::uuid[]), now()`,
      [personId, attachmentIds],
    );
  }

  async function logIn(person: PersonFixture): Promise<TestAgent> {
    const client = await test.newClient();
    await client.post('/api/auth/login').send({ identifier: person.email, password: person.password }).expect(200);
    return client;
  }

  /** Everything a transfer may change in the space, to compare before and after. */
  async function stateOf(spaceId: string): Promise<unknown> {
    return {
      portfolios: await query(`SELECT id, owner_person_id FROM portfolio WHERE space_id = $1 ORDER BY id`, [spaceId]),
      attachments: await query(
        `SELECT attachment.id, attachment.portfolio_id, attachment.contributor_id, attachment.status FROM attachment
           JOIN portfolio ON portfolio.id = attachment.portfolio_id WHERE portfolio.space_id = $1 ORDER BY attachment.id`,
        [spaceId],
      ),
      counters: await query(
        `SELECT portfolio_count.* FROM portfolio_count JOIN portfolio ON portfolio.id = portfolio_count.portfolio_id
          WHERE portfolio.space_id = $1 ORDER BY portfolio_id, status`,
        [spaceId],
      ),
      members: await query(`SELECT person_id, is_primary, portfolio_id FROM space_member WHERE space_id = $1 ORDER BY person_id`, [spaceId]),
      assignments: await query(
        `SELECT client_assignment.person_id, client_assignment.attachment_id FROM client_assignment
           JOIN space_member ON space_member.person_id = client_assignment.person_id AND space_member.space_id = $1
          ORDER BY 1, 2`,
        [spaceId],
      ),
      audit: await query(`SELECT kind FROM audit_event WHERE space_id = $1 AND kind = 'portfolio.transferred'`, [spaceId]),
      emails: await query(`SELECT recipient FROM outbound_message WHERE related_entity_type = 'portfolio' AND related_entity_id IN (SELECT id::text FROM portfolio WHERE space_id = $1)`, [
        spaceId,
      ]),
    };
  }

  /** The counters the triggers keep, against a real count, for every portfolio of the space. */
  async function expectCountersExact(spaceId: string): Promise<void> {
    // Both ways: a counter without its rows, rows without their counter (zero counters aside).
    const counted = `SELECT portfolio_id, status, clients FROM portfolio_count
      WHERE clients <> 0 AND portfolio_id IN (SELECT id FROM portfolio WHERE space_id = $1)`;
    const real = `SELECT portfolio_id, status, count(*)::int FROM attachment
      WHERE portfolio_id IN (SELECT id FROM portfolio WHERE space_id = $1) GROUP BY portfolio_id, status`;
    const wrong = await query(`(${counted} EXCEPT ${real}) UNION ALL (${real} EXCEPT ${counted})`, [spaceId]);
    expect(wrong).toEqual([]);
  }

  it('previews the transfer: counts by status, the mode, the target’s clients and the collaborators working in the portfolio', async () => {
    const { spaceId, a, b } = await firm();
    const attached = await attachSeveral(a.portfolioId, ['rattache', 'rattache', 'rattache', 'en-attente', 'en-attente', 'bloque']);
    const collaborator = await addMember(spaceId, { role: 'collaborateur', portfolioId: a.portfolioId, firstName: 'Chloé', lastName: 'Collaboratrice' });
    await assign(collaborator.id, [attached[0].id, attached[3].id]);

    const preview = (await a.client.get(`/api/firm/transfer/preview?from=${a.personId}&to=${b.id}`).expect(200)).body;
    expect(preview).toMatchObject({
      mode: 'owner-change',
      counts: { rattache: 3, 'en-attente': 2, bloque: 1 },
      total: 6,
      targetClients: 0,
      collaborators: [{ personId: collaborator.id, name: 'Chloé Collaboratrice', clients: 2 }],
    });
    expect(preview.from).toMatchObject({ personId: a.personId, role: 'administrateur', status: 'actif', isPrimary: true, clients: 6 });
    expect(preview.to).toMatchObject({ personId: b.id, firstName: 'Bruno', lastName: 'Successeur', status: 'actif', isPrimary: false, clients: 0 });

    // An empty portfolio of the target is still an owner change; one client makes it a merge.
    const bPortfolio = await createPortfolio(spaceId, b.id);
    expect((await a.client.get(`/api/firm/transfer/preview?from=${a.personId}&to=${b.id}`).expect(200)).body.mode).toBe('owner-change');
    await attach(bPortfolio, 'en-attente');
    const merge = (await a.client.get(`/api/firm/transfer/preview?from=${a.personId}&to=${b.id}`).expect(200)).body;
    expect(merge).toMatchObject({ mode: 'merge', total: 6, targetClients: 1 });
    // Nothing was changed by looking.
    expect((await query(`SELECT owner_person_id FROM portfolio WHERE id = $1`, [a.portfolioId]))[0]).toEqual({ owner_person_id: a.personId });
  });

  it('hands the portfolio to a new administrator by changing its owner, one row: same id, same counters, collaborators keep their sub-portfolio', async () => {
    const { spaceId, a, b } = await firm();
    const attached = await attachSeveral(a.portfolioId, ['rattache', 'rattache', 'en-attente', 'en-attente', 'bloque']);
    const collaborator = await addMember(spaceId, { role: 'collaborateur', portfolioId: a.portfolioId });
    await assign(collaborator.id, [attached[0].id, attached[2].id]);
    const countersBefore = await query(`SELECT status, clients FROM portfolio_count WHERE portfolio_id = $1 ORDER BY status`, [a.portfolioId]);

    const response = await a.client.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: 'Kp7wZ2qa' }).expect(200);
    expect(response.body).toEqual({ mode: 'owner-change', moved: 5, duplicatesResolved: 0 });
    expect(response.headers['server-timing']).toMatch(/^transfer;dur=\d+(\.\d+)?$/);

    expect(await query(`SELECT id, owner_person_id FROM portfolio WHERE space_id = $1 AND id = $2`, [spaceId, a.portfolioId])).toEqual([
      { id: a.portfolioId, owner_person_id: b.id },
    ]);
    expect(await query(`SELECT status, clients FROM portfolio_count WHERE portfolio_id = $1 ORDER BY status`, [a.portfolioId])).toEqual(countersBefore);
    expect(await query(`SELECT count(*)::int AS count FROM attachment WHERE portfolio_id = $1`, [a.portfolioId])).toEqual([{ count: 5 }]);
    await expectCountersExact(spaceId);

    // The new responsible sees the clients; the collaborator still sees theirs, and only theirs.
    const bClient = await logIn(b);
    expect((await bClient.get('/api/portfolio/summary').expect(200)).body).toMatchObject({ total: 5 });
    const collaboratorClient = await logIn(collaborator);
    const visible = (await collaboratorClient.get('/api/portfolio/clients').expect(200)).body.items.map((item: { id: string }) => item.id);
    expect(visible.sort()).toEqual([attached[0].id, attached[2].id].sort());
    // The former administrator's portfolio is a new, empty one.
    expect((await a.client.get('/api/portfolio/summary').expect(200)).body).toMatchObject({ total: 0 });

    // The SIRET login now opens the new responsible's account.
    expect(await query(`SELECT person_id FROM space_member WHERE space_id = $1 AND is_primary`, [spaceId])).toEqual([{ person_id: b.id }]);
    // (A SIRET whose SIREN passes the login's checksum; the fixture's random one need not.)
    await query(`UPDATE space SET siret = '73282932000074' WHERE id = $1`, [spaceId]);
    await (await test.newClient()).post('/api/auth/login').send({ identifier: '73282932000074', password: b.password }).expect(200);
    await (await test.newClient()).post('/api/auth/login').send({ identifier: '73282932000074', password: 'Kp7wZ2qa' }).expect(401);

    const [audit] = await query<{ actor_person_id: string; subject_id: string; details: Record<string, unknown> }>(
      `SELECT actor_person_id, subject_id, details FROM audit_event WHERE space_id = $1 AND kind = 'portfolio.transferred'`,
      [spaceId],
    );
    expect(audit).toMatchObject({
      actor_person_id: a.personId,
      subject_id: a.portfolioId,
      details: { from: a.personId, to: b.id, mode: 'owner-change', counts: { rattache: 2, 'en-attente': 2, bloque: 1 }, moved: 5, duplicatesResolved: 0, primaryMoved: true },
    });
  });

  it('e-mails both administrators, in French, to the simulated mailbox', async () => {
    const { a, b } = await firm();
    await attachSeveral(a.portfolioId, ['rattache', 'en-attente']);
    const [aPerson] = await query<{ email: string }>(`SELECT email FROM person WHERE id = $1`, [a.personId]);
    await a.client.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: 'Kp7wZ2qa' }).expect(200);

    const inbox = async (recipient: string) => {
      const page = (await a.client.get(`/api/sandbox/messages?recipient=${encodeURIComponent(recipient)}`).expect(200)).body;
      const [summary] = page.items.filter((item: { subject: string }) => /portefeuille/i.test(item.subject));
      return (await a.client.get(`/api/sandbox/messages/${summary.id}`).expect(200)).body;
    };
    const received = await inbox(b.email);
    expect(received.subject).toBe('Le portefeuille de Claire Martin vous a été transféré');
    expect(received.body).toContain('vous êtes désormais responsable de ses 2 clients (1 rattaché, 1 en attente de rattachement, 0 bloqué)');
    expect(received.body).toContain('à la demande de Claire Martin');
    const handedOver = await inbox(aPerson.email);
    expect(handedOver.subject).toBe('Votre portefeuille a été transféré à Bruno Successeur');
    expect(handedOver.body).toContain('à votre demande');
  });

  it('merges into a portfolio that has clients: a client in both is kept once, with the more advanced attachment; counters stay exact', async () => {
    const { spaceId, a, b } = await firm();
    const bPortfolio = await createPortfolio(spaceId, b.id);
    const collaborator = await addMember(spaceId, { role: 'collaborateur', portfolioId: a.portfolioId });
    // In both: rattaché beats en attente (either side), en attente beats bloqué, a tie keeps the target's.
    const aRattache = await attach(a.portfolioId, 'rattache');
    const bPendingOfSame = await attach(bPortfolio, 'en-attente', aRattache.contributorId);
    const aPending = await attach(a.portfolioId, 'en-attente');
    const bLockedOfSame = await attach(bPortfolio, 'bloque', aPending.contributorId);
    const aLocked = await attach(a.portfolioId, 'bloque');
    const bRattacheOfSame = await attach(bPortfolio, 'rattache', aLocked.contributorId);
    const aTie = await attach(a.portfolioId, 'en-attente');
    const bTie = await attach(bPortfolio, 'en-attente', aTie.contributorId);
    const aOnly = await attachSeveral(a.portfolioId, ['rattache', 'en-attente', 'bloque']);
    const bOnly = await attachSeveral(bPortfolio, ['rattache', 'en-attente']);
    // The collaborator's client whose attachment loses keeps the client, through the one kept.
    await assign(collaborator.id, [aLocked.id, aTie.id, aOnly[0].id]);

    const response = await a.client.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: 'Kp7wZ2qa' }).expect(200);
    // A had 7 clients: 4 in both (2 kept from A, 2 from B), 3 only in A.
    expect(response.body).toEqual({ mode: 'merge', moved: 5, duplicatesResolved: 4 });

    const rows = await query<{ id: string; contributor_id: string; status: string }>(
      `SELECT id, contributor_id, status FROM attachment WHERE portfolio_id = $1`,
      [bPortfolio],
    );
    const kept = new Set(rows.map((row) => row.id));
    expect(rows).toHaveLength(6 + 3);
    expect(new Set(rows.map((row) => row.contributor_id)).size).toBe(rows.length);
    for (const winner of [aRattache, aPending, bRattacheOfSame, bTie, ...aOnly, ...bOnly]) expect(kept.has(winner.id)).toBe(true);
    for (const loser of [bPendingOfSame, bLockedOfSame, aLocked, aTie]) expect(kept.has(loser.id)).toBe(false);
    expect(await query(`SELECT count(*)::int AS count FROM attachment WHERE portfolio_id = $1`, [a.portfolioId])).toEqual([{ count: 0 }]);
    await expectCountersExact(spaceId);
    expect(await query(`SELECT status, clients FROM portfolio_count WHERE portfolio_id = $1 ORDER BY status`, [bPortfolio])).toEqual([
      { status: 'en-attente', clients: 4 },
      { status: 'rattache', clients: 4 },
      { status: 'bloque', clients: 1 },
    ]);

    // The collaborator now works in the merged portfolio and still has their three clients.
    expect(await query(`SELECT portfolio_id FROM space_member WHERE person_id = $1`, [collaborator.id])).toEqual([{ portfolio_id: bPortfolio }]);
    const assigned = await query<{ attachment_id: string }>(`SELECT attachment_id FROM client_assignment WHERE person_id = $1`, [collaborator.id]);
    expect(assigned.map((row) => row.attachment_id).sort()).toEqual([bRattacheOfSame.id, bTie.id, aOnly[0].id].sort());
    const collaboratorClient = await logIn(collaborator);
    expect((await collaboratorClient.get('/api/portfolio/clients').expect(200)).body.items).toHaveLength(3);
  });

  it('moves pending attachments as they are: the new responsible can finalise them', async () => {
    const { a, b } = await firm();
    const contributor = await createContributor(test.dataSource, { answers: ['Lyon', 'Rex'] });
    const pending = await attach(a.portfolioId, 'en-attente', contributor.id);
    await query(`UPDATE attachment SET failed_tries = 2 WHERE id = $1`, [pending.id]);
    await a.client.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: 'Kp7wZ2qa' }).expect(200);

    const bClient = await logIn(b);
    expect((await bClient.get(`/api/portfolio/clients/${pending.id}`).expect(200)).body).toMatchObject({ status: 'en-attente', triesLeft: 3 });
    await bClient.post(`/api/portfolio/clients/${pending.id}/finalise`).send({ method: 'questions', answers: ['lyon', 'rex'] }).expect(200);
    await a.client.get(`/api/portfolio/clients/${pending.id}`).expect(404);
  });

  it('is all or nothing: a failure at the last e-mail leaves everything as it was, with no e-mail and no audit row', async () => {
    const { spaceId, a, b } = await firm();
    const attached = await attachSeveral(a.portfolioId, ['rattache', 'en-attente', 'bloque']);
    const collaborator = await addMember(spaceId, { role: 'collaborateur', portfolioId: a.portfolioId });
    await assign(collaborator.id, [attached[1].id]);
    const before = await stateOf(spaceId);
    // The second e-mail (to the former administrator) is the transaction's last write.
    await failInsertsInto('outbound_message', `NEW.subject LIKE 'Votre portefeuille a été transféré%'`, async () => {
      await a.client.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: 'Kp7wZ2qa' }).expect(500);
    });
    expect(await stateOf(spaceId)).toEqual(before);
  });

  it('is all or nothing for a merge too: a failure at the audit row, after every client moved, rolls every move back', async () => {
    const { spaceId, a, b } = await firm();
    const bPortfolio = await createPortfolio(spaceId, b.id);
    const shared = await attach(a.portfolioId, 'en-attente');
    await attach(bPortfolio, 'bloque', shared.contributorId);
    await attachSeveral(a.portfolioId, ['rattache', 'bloque']);
    await attachSeveral(bPortfolio, ['rattache']);
    const before = await stateOf(spaceId);
    await failInsertsInto('audit_event', `NEW.kind = 'portfolio.transferred'`, async () => {
      await a.client.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: 'Kp7wZ2qa' }).expect(500);
    });
    expect(await stateOf(spaceId)).toEqual(before);
    await expectCountersExact(spaceId);
    // And it goes through once the fault is gone.
    expect((await a.client.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: 'Kp7wZ2qa' }).expect(200)).body).toEqual({
      mode: 'merge',
      moved: 3,
      duplicatesResolved: 1,
    });
  });

  it('runs two opposite transfers at once without deadlock: one after the other, every client kept once', async () => {
    const { spaceId, a, b } = await firm();
    const bPortfolio = await createPortfolio(spaceId, b.id);
    const shared = await attach(a.portfolioId, 'rattache');
    await attach(bPortfolio, 'en-attente', shared.contributorId);
    await attachSeveral(a.portfolioId, ['rattache', 'en-attente', 'bloque', 'en-attente']);
    await attachSeveral(bPortfolio, ['rattache', 'bloque']);
    const bClient = await logIn(b);
    const [aToB, bToA] = await Promise.all([
      a.client.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: 'Kp7wZ2qa' }),
      bClient.post('/api/firm/transfer').send({ from: b.id, to: a.personId, password: b.password }),
    ]);
    expect([aToB.status, bToA.status]).toEqual([200, 200]);
    // Whichever went first merged; the second found the other side empty and changed the owner.
    expect([aToB.body.mode, bToA.body.mode].sort()).toEqual(['merge', 'owner-change']);
    const clients = await query<{ contributor_id: string }>(
      `SELECT attachment.contributor_id FROM attachment JOIN portfolio ON portfolio.id = attachment.portfolio_id WHERE portfolio.space_id = $1`,
      [spaceId],
    );
    expect(clients).toHaveLength(7);
    expect(new Set(clients.map((row) => row.contributor_id)).size).toBe(7);
    await expectCountersExact(spaceId);
    expect(await query(`SELECT count(*)::int AS count FROM audit_event WHERE space_id = $1 AND kind = 'portfolio.transferred'`, [spaceId])).toEqual([{ count: 2 }]);
  });

  /** A temporary trigger that makes the matching inserts fail, for the duration of `during`. */
  async function failInsertsInto(table: 'outbound_message' | 'audit_event', condition: string, during: () => Promise<void>): Promise<void> {
    await query(`CREATE FUNCTION transfer_spec_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'panne simulée par transfer.spec'; END $$`);
    await query(`CREATE TRIGGER transfer_spec_fault BEFORE INSERT ON ${table} FOR EACH ROW WHEN (${condition}) EXECUTE FUNCTION transfer_spec_fault()`);
    try {
      await during();
    } finally {
      await query(`DROP TRIGGER transfer_spec_fault ON ${table}`);
      await query(`DROP FUNCTION transfer_spec_fault()`);
    }
  }

  it('asks for the confirming administrator’s own password: a wrong one is a 403 that changes nothing, and the tries are limited', async () => {
    const { spaceId, a, b } = await firm();
    await attachSeveral(a.portfolioId, ['rattache']);
    const before = await stateOf(spaceId);
    const wrong = await a.client.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: 'Faux1234' }).expect(403);
    expect(wrong.body.message).toBe('Le mot de passe saisi est incorrect.');
    // The target's password is not the confirming administrator's.
    expect(b.password).not.toBe('Kp7wZ2qa');
    await a.client.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: b.password }).expect(403);
    expect(await stateOf(spaceId)).toEqual(before);
    for (let attempt = 3; attempt <= 5; attempt++) await a.client.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: 'Faux1234' }).expect(403);
    // The sixth try within 15 minutes is refused before any hash, even with the right password.
    const limited = await a.client.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: 'Kp7wZ2qa' }).expect(429);
    expect(limited.body.message).toContain('15 minutes');
    expect(await stateOf(spaceId)).toEqual(before);
  });

  it('is for administrators: a collaborator gets a 403, even with their own password', async () => {
    const { spaceId, a, b } = await firm();
    await attachSeveral(a.portfolioId, ['rattache']);
    const collaborator = await addMember(spaceId, { role: 'collaborateur', portfolioId: a.portfolioId });
    const collaboratorClient = await logIn(collaborator);
    const refused = await collaboratorClient.post('/api/firm/transfer').send({ from: a.personId, to: b.id, password: collaborator.password }).expect(403);
    expect(refused.body.message).toContain('réservé aux administrateurs');
    await collaboratorClient.get(`/api/firm/transfer/preview?from=${a.personId}&to=${b.id}`).expect(403);
    await (await test.newClient()).get(`/api/firm/transfer/preview?from=${a.personId}&to=${b.id}`).expect(401);
  });

  it('refuses an invited, deactivated or collaborator target (409), an unknown account (404), the same person twice (400) and an empty portfolio (409)', async () => {
    const { spaceId, a, b } = await firm();
    await attachSeveral(a.portfolioId, ['en-attente']);
    const invited = await addMember(spaceId, { role: 'administrateur', status: 'invite', firstName: 'Inès', lastName: 'Invitée' });
    const deactivated = await addMember(spaceId, { role: 'administrateur', status: 'desactive' });
    const collaborator = await addMember(spaceId, { role: 'collaborateur', portfolioId: a.portfolioId });
    const elsewhere = await loggedInAccountant(test, 'Autre cabinet');
    const send = (to: string, from = a.personId) => a.client.post('/api/firm/transfer').send({ from, to, password: 'Kp7wZ2qa' });

    const toInvited = await send(invited.id).expect(409);
    expect(toInvited.body).toMatchObject({ reason: 'target-not-active', message: expect.stringContaining('Inès Invitée n’a pas encore activé son compte') });
    await a.client.get(`/api/firm/transfer/preview?from=${a.personId}&to=${invited.id}`).expect(409);
    expect((await send(deactivated.id).expect(409)).body.reason).toBe('target-not-active');
    expect((await send(collaborator.id).expect(409)).body.reason).toBe('not-administrator');
    expect((await send(elsewhere.personId).expect(404)).body.reason).toBe('unknown-account');
    const same = await send(a.personId).expect(400);
    expect(same.body.errors).toEqual([{ field: 'to', message: expect.stringContaining('autre administrateur') }]);
    const malformed = await a.client.get('/api/firm/transfer/preview?from=abc&to=').expect(400);
    expect(malformed.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['from', 'to']);
    const empty = await send(a.personId, b.id).expect(409);
    expect(empty.body).toMatchObject({ reason: 'nothing-to-transfer', message: expect.stringContaining('ne contient aucun client') });
    // None of these counted as a transfer.
    expect(await query(`SELECT 1 FROM audit_event WHERE space_id = $1 AND kind = 'portfolio.transferred'`, [spaceId])).toEqual([]);
  });
});
