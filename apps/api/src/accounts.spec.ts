import { FIRM_RIGHTS, type FirmAccount, type PortfolioClient } from '@portail/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClients, createMember, lastEmailTo, loggedIn, newAccount, portfolioOf } from './testing/accounts-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createPerson, createSpace } from './testing/identity-fixtures';
import { createContributor, loggedInAccountant } from './testing/portfolio-fixtures';

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the condition never held');
}

describe('« Gérer les comptes »: accounts, rights, sub-portfolios, deactivation', () => {
  let test: TestApp;
  let admin: Awaited<ReturnType<typeof loggedInAccountant>>;
  let portfolioId: string;
  beforeAll(async () => {
    test = await createTestApp();
    admin = await loggedInAccountant(test, 'Cabinet Lefebvre');
    portfolioId = await portfolioOf(test, admin);
  });
  afterAll(() => test.close());

  const names = (page: { items: PortfolioClient[] }) => page.items.map((client) => client.name);

  it('lists every account of the space, administrators first, with the size of each portfolio', async () => {
    const firm = await loggedInAccountant(test, 'Cabinet Liste');
    const firmPortfolio = await portfolioOf(test, firm);
    const [first] = await addClients(test.dataSource, firmPortfolio, ['ALPHA', 'BETA']);
    const collaborator = await createMember(test.dataSource, { spaceId: firm.spaceId, portfolioId: firmPortfolio, rights: ['paiement', 'consultation-cotisations'] }, { lastName: 'Aubert' });
    await test.dataSource.query(`INSERT INTO client_assignment (person_id, attachment_id, assigned_at) VALUES ($1, $2, now())`, [collaborator.id, first.id]);

    const list = (await firm.client.get('/api/firm/accounts').expect(200)).body;
    expect(list.firmName).toBe('Cabinet Liste');
    expect(list.accounts.map((account: FirmAccount) => [account.role, account.clients, account.status])).toEqual([
      ['administrateur', 2, 'actif'],
      ['collaborateur', 1, 'actif'],
    ]);
    expect(list.accounts[0]).toMatchObject({ personId: firm.personId, isPrimary: true, rights: [...FIRM_RIGHTS] });
    // Rights come back in the order of the form.
    expect(list.accounts[1]).toMatchObject({ personId: collaborator.id, isPrimary: false, rights: ['consultation-cotisations', 'paiement'] });
    expect((await firm.client.get(`/api/firm/accounts/${collaborator.id}`).expect(200)).body.lastName).toBe('Aubert');
  });

  it('creates an access in one transaction: the person, the invited membership, the 24-hour link by e-mail and the audit row', async () => {
    const request = newAccount({ rights: ['paiement', 'consultation-cotisations', 'paiement'] });
    const created = (await admin.client.post('/api/firm/accounts').send({ ...request, email: `  ${request.email.toUpperCase()}` }).expect(201)).body as FirmAccount;
    expect(created).toMatchObject({ role: 'collaborateur', status: 'invite', rights: ['consultation-cotisations', 'paiement'], clients: 0, deactivatedAt: null });
    const [link] = await test.dataSource.query(`SELECT created_at, expires_at FROM one_time_token WHERE person_id = $1 AND purpose = 'activation'`, [created.personId]);
    expect(link.expires_at.getTime() - link.created_at.getTime()).toBe(24 * 3_600_000);
    expect(created.activationExpiresAt).toBe(link.expires_at.toISOString());

    const [member] = await test.dataSource.query(
      `SELECT space_member.status, space_member.portfolio_id, space_member.invited_by, person.password_hash, person.email
         FROM space_member JOIN person ON person.id = space_member.person_id WHERE person_id = $1`,
      [created.personId],
    );
    // A collaborator works in the portfolio of the administrator who created them; no password until the activation.
    expect(member).toEqual({ status: 'invite', portfolio_id: portfolioId, invited_by: admin.personId, password_hash: null, email: created.email });
    const email = await lastEmailTo(test, created.email);
    expect(email.subject).toContain('Activez votre compte');
    expect(email.body).toContain('Cabinet Lefebvre');
    expect(email.body).toContain('24 heures');
    expect(email.links).toEqual([
      { label: 'Activer mon compte', href: expect.stringMatching(/^\/activation\?jeton=[A-Za-z0-9_-]{43}$/), status: 'valide', expiresAt: created.activationExpiresAt },
    ]);
    const [audit] = await test.dataSource.query(`SELECT kind, actor_person_id, space_id, details FROM audit_event WHERE subject_id = $1`, [created.personId]);
    expect(audit).toEqual({ kind: 'account.created', actor_person_id: admin.personId, space_id: admin.spaceId, details: { role: 'collaborateur', rights: ['consultation-cotisations', 'paiement'] } });

    // An administrator holds every right, whatever was sent.
    const administrator = (await admin.client.post('/api/firm/accounts').send(newAccount({ role: 'administrateur', rights: [] })).expect(201)).body;
    expect(administrator).toMatchObject({ role: 'administrateur', rights: [...FIRM_RIGHTS], status: 'invite' });
  });

  it('refuses an address already used by anyone, whatever its case, and writes nothing', async () => {
    const taken = await createPerson(test.dataSource, { email: 'deja.pris@exemple.fr' });
    const before = await test.dataSource.query(`SELECT count(*)::int AS n FROM outbound_message`);
    const refused = await admin.client.post('/api/firm/accounts').send(newAccount({ email: 'Deja.Pris@EXEMPLE.fr' })).expect(409);
    expect(refused.body.message).toContain('déjà utilisée');
    expect(refused.body.errors).toEqual([{ field: 'email', message: refused.body.message }]);
    expect(await test.dataSource.query(`SELECT count(*)::int AS n FROM outbound_message`)).toEqual(before);
    expect(await test.dataSource.query(`SELECT count(*)::int AS n FROM space_member WHERE person_id = $1`, [taken.id])).toEqual([{ n: 0 }]);
  });

  it('answers each wrong field with a French message naming it', async () => {
    const fieldsOf = async (body: object) =>
      ((await admin.client.post('/api/firm/accounts').send(body).expect(400)).body.errors as { field: string }[]).map((error) => error.field);
    expect(await fieldsOf(newAccount({ firstName: '  ', lastName: undefined }))).toEqual(['firstName', 'lastName']);
    expect(await fieldsOf(newAccount({ civility: 'Mr' }))).toEqual(['civility']);
    expect(await fieldsOf(newAccount({ email: 'pas-une-adresse' }))).toEqual(['email']);
    expect(await fieldsOf(newAccount({ role: 'patron' }))).toEqual(['role']);
    expect(await fieldsOf(newAccount({ rights: [] }))).toEqual(['rights']);
    expect(await fieldsOf(newAccount({ rights: ['tout'] }))).toEqual(['rights']);
    const noRight = await admin.client.post('/api/firm/accounts').send(newAccount({ rights: [] })).expect(400);
    expect(noRight.body.message).toContain('au moins un droit');
  });

  it('a change of rights applies on the collaborator’s next request', async () => {
    const collaborator = await createMember(test.dataSource, { spaceId: admin.spaceId, portfolioId, rights: ['consultation-cotisations'] });
    const session = await loggedIn(test, collaborator);
    const contributor = await createContributor(test.dataSource);
    const refused = await session.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(403);
    expect(refused.body.message).toContain('Gestion du portefeuille');

    const changed = await admin.client.put(`/api/firm/accounts/${collaborator.id}/rights`).send({ rights: ['gestion-portefeuille', 'consultation-cotisations'] }).expect(200);
    expect(changed.body.rights).toEqual(['gestion-portefeuille', 'consultation-cotisations']);
    await session.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    const [audit] = await test.dataSource.query(`SELECT details FROM audit_event WHERE kind = 'account.rights-changed' AND subject_id = $1`, [collaborator.id]);
    expect(audit.details).toEqual({ before: ['consultation-cotisations'], after: ['gestion-portefeuille', 'consultation-cotisations'] });

    // An administrator holds every right: nothing to change.
    const otherAdmin = await createMember(test.dataSource, { spaceId: admin.spaceId, role: 'administrateur' });
    await admin.client.put(`/api/firm/accounts/${otherAdmin.id}/rights`).send({ rights: ['paiement'] }).expect(409);
    await admin.client.put(`/api/firm/accounts/${collaborator.id}/rights`).send({ rights: [] }).expect(400);
  });

  it('a collaborator sees exactly their sub-portfolio; a removal applies on their next request', async () => {
    const [dupont, durand, martin] = await addClients(test.dataSource, portfolioId, ['DUPONT', 'DURAND', 'MARTIN']);
    const collaborator = await createMember(test.dataSource, { spaceId: admin.spaceId, portfolioId, rights: ['consultation-cotisations'] });
    const session = await loggedIn(test, collaborator);
    const url = `/api/firm/accounts/${collaborator.id}/clients`;

    const result = await admin.client.post(url).send({ clientIds: [dupont.id, durand.id, dupont.id] }).expect(200);
    expect(result.body).toEqual({ assigned: 2, clients: 2 });
    expect((await admin.client.post(url).send({ clientIds: [dupont.id] }).expect(200)).body).toEqual({ assigned: 0, clients: 2 });

    expect(names((await session.get('/api/portfolio/clients').expect(200)).body)).toEqual(['DUPONT Sophie', 'DURAND Sophie']);
    expect((await session.get('/api/portfolio/summary').expect(200)).body.total).toBe(2);
    await session.get(`/api/portfolio/clients/${durand.id}`).expect(200);
    await session.get(`/api/portfolio/clients/${durand.id}/cotisations`).expect(200);
    // Outside the sub-portfolio a client does not exist for them.
    await session.get(`/api/portfolio/clients/${martin.id}`).expect(404);
    await session.get(`/api/portfolio/clients/${martin.id}/cotisations`).expect(404);

    expect(names((await admin.client.get(url).expect(200)).body)).toEqual(['DUPONT Sophie', 'DURAND Sophie']);
    const assignable = (await admin.client.get(`/api/firm/accounts/${collaborator.id}/assignable`).query({ search: 'd' }).expect(200)).body;
    expect(assignable.items.map((client: PortfolioClient & { assigned: boolean }) => [client.name, client.assigned])).toEqual([
      ['DUPONT Sophie', true],
      ['DURAND Sophie', true],
    ]);

    await admin.client.delete(`${url}/${durand.id}`).expect(204);
    await admin.client.delete(`${url}/${durand.id}`).expect(404);
    expect(names((await session.get('/api/portfolio/clients').expect(200)).body)).toEqual(['DUPONT Sophie']);
    await session.get(`/api/portfolio/clients/${durand.id}/cotisations`).expect(404);
    const [removed] = await test.dataSource.query(`SELECT details FROM audit_event WHERE kind = 'assignment.removed' AND subject_id = $1`, [collaborator.id]);
    expect(removed.details.contributorId).toBe(durand.contributorId);
  });

  it('assigns only clients of the collaborator’s portfolio: another firm’s client is unknown (404)', async () => {
    const other = await loggedInAccountant(test, 'Cabinet Ailleurs');
    const [foreign] = await addClients(test.dataSource, await portfolioOf(test, other), ['ETRANGER']);
    const [own] = await addClients(test.dataSource, portfolioId, ['PROPRE']);
    const collaborator = await createMember(test.dataSource, { spaceId: admin.spaceId, portfolioId, rights: ['paiement'] });
    await admin.client.post(`/api/firm/accounts/${collaborator.id}/clients`).send({ clientIds: [own.id, foreign.id] }).expect(404);
    // All or nothing: the known client was not assigned either.
    expect((await admin.client.get(`/api/firm/accounts/${collaborator.id}`).expect(200)).body.clients).toBe(0);
    await admin.client.post(`/api/firm/accounts/${collaborator.id}/clients`).send({ clientIds: ['pas-un-uuid'] }).expect(400);
    await admin.client.post(`/api/firm/accounts/${collaborator.id}/clients`).send({}).expect(400);
    await admin.client.post(`/api/firm/accounts/${admin.personId}/clients`).send({ clientIds: [own.id] }).expect(409);
    await admin.client.get(`/api/firm/accounts/${admin.personId}/clients`).expect(409);
  });

  it('assigns every client matching a search of the portfolio list, in one statement and one audit row', async () => {
    const firm = await loggedInAccountant(test, 'Cabinet Recherche');
    const firmPortfolio = await portfolioOf(test, firm);
    const clients = await addClients(test.dataSource, firmPortfolio, ['LEROY', 'LEROUX', 'LEMAIRE', 'BLANC']);
    await addClients(test.dataSource, firmPortfolio, ['LEGRAND'], 'en-attente');
    const collaborator = await createMember(test.dataSource, { spaceId: firm.spaceId, portfolioId: firmPortfolio, rights: ['paiement'] });
    const url = `/api/firm/accounts/${collaborator.id}/clients`;

    expect((await firm.client.post(url).send({ matching: { search: 'Lé', status: 'rattache' } }).expect(200)).body).toEqual({ assigned: 3, clients: 3 });
    expect((await firm.client.post(url).send({ matching: { search: clients[3].siren } }).expect(200)).body).toEqual({ assigned: 1, clients: 4 });
    expect((await firm.client.post(url).send({ matching: {} }).expect(200)).body).toEqual({ assigned: 1, clients: 5 });
    const audits = await test.dataSource.query(`SELECT details FROM audit_event WHERE kind = 'assignment.added' AND subject_id = $1 ORDER BY id`, [collaborator.id]);
    expect(audits.map((row: { details: { count: number } }) => row.details.count)).toEqual([3, 1, 1]);
    expect(audits[1].details.contributorId).toBe(clients[3].contributorId);
    await firm.client.post(url).send({ matching: { status: 'perdu' } }).expect(400);
    await firm.client.post(url).send({ matching: 'tout' }).expect(400);
    await firm.client.post(url).send({ matching: {}, clientIds: [clients[0].id] }).expect(400);
  });

  it('deactivation ends the collaborator’s sessions at once and closes the space to them', async () => {
    const collaborator = await createMember(test.dataSource, { spaceId: admin.spaceId, portfolioId, rights: ['paiement'] });
    const session = await loggedIn(test, collaborator);
    await session.get('/api/portfolio/clients').expect(200);

    const deactivated = (await admin.client.post(`/api/firm/accounts/${collaborator.id}/deactivate`).expect(200)).body;
    expect(deactivated).toMatchObject({ status: 'desactive', deactivatedAt: expect.any(String) });
    await session.get('/api/portfolio/clients').expect(401);
    await admin.client.post(`/api/firm/accounts/${collaborator.id}/deactivate`).expect(409);

    // Their only access ended: the right password now says so, and opens no session.
    const again = await test.newClient();
    const login = await again.post('/api/auth/login').send({ identifier: collaborator.email, password: collaborator.password }).expect(403);
    expect(login.body.message).toContain('désactivé par l’administrateur de votre espace');
    await again.get('/api/auth/session').expect(401);
    await again.post('/api/auth/space').send({ spaceId: admin.spaceId }).expect(401);
    // A person who holds another space still logs in, without this one.
    const [{ id: ownSpace }]: { id: string }[] = await test.dataSource.query(
      `INSERT INTO space (kind, name, status, created_at) VALUES ('employeur', 'Employeur Test', 'actif', now()) RETURNING id`,
    );
    await test.dataSource.query(`INSERT INTO space_member (space_id, person_id, role, created_at) VALUES ($1, $2, 'titulaire', now())`, [ownSpace, collaborator.id]);
    const other = await test.newClient();
    const withOther = await other.post('/api/auth/login').send({ identifier: collaborator.email, password: collaborator.password }).expect(200);
    expect(withOther.body.spaces.map((space: { id: string }) => space.id)).toEqual([ownSpace]);
    await other.post('/api/auth/space').send({ spaceId: admin.spaceId }).expect(404);
    const [audit] = await test.dataSource.query(`SELECT space_id, actor_person_id FROM audit_event WHERE kind = 'account.deactivated' AND subject_id = $1`, [collaborator.id]);
    expect(audit).toEqual({ space_id: admin.spaceId, actor_person_id: admin.personId });
  });

  it('keeps an active administrator: not oneself, not the last one, and not one who still has clients', async () => {
    const firm = await loggedInAccountant(test, 'Cabinet Deux Associés');
    const self = await firm.client.post(`/api/firm/accounts/${firm.personId}/deactivate`).expect(409);
    expect(self.body.message).toContain('propre compte');

    const partner = await createMember(test.dataSource, { spaceId: firm.spaceId, role: 'administrateur' });
    const partnerSession = await loggedIn(test, partner);
    const partnerPortfolio = await portfolioOf(test, { client: partnerSession, personId: partner.id, spaceId: firm.spaceId });
    const [client] = await addClients(test.dataSource, partnerPortfolio, ['TRANSFERT']);
    const withClients = await firm.client.post(`/api/firm/accounts/${partner.id}/deactivate`).expect(409);
    expect(withClients.body.message).toContain('transférez d’abord');
    await test.dataSource.query(`DELETE FROM attachment WHERE id = $1`, [client.id]);

    // Two administrators deactivating each other at the same moment: both pass the checks of their
    // session, then queue behind a lock held here on the space's members; one of them stays.
    const blocker = test.dataSource.createQueryRunner();
    await blocker.startTransaction();
    await blocker.query(`SELECT 1 FROM space_member WHERE space_id = $1 FOR UPDATE`, [firm.spaceId]);
    const pending = Promise.all([
      firm.client.post(`/api/firm/accounts/${partner.id}/deactivate`).then((answer) => answer),
      partnerSession.post(`/api/firm/accounts/${firm.personId}/deactivate`).then((answer) => answer),
    ]);
    await until(async () => (await test.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`))[0].n === 2);
    await blocker.commitTransaction();
    await blocker.release();
    const answers = await pending;
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 409)?.body.message).toContain('dernier administrateur actif');
    const [{ active }] = await test.dataSource.query(
      `SELECT count(*)::int AS active FROM space_member WHERE space_id = $1 AND role = 'administrateur' AND status = 'actif'`,
      [firm.spaceId],
    );
    expect(active).toBe(1);
  });

  it('is for the space’s active administrators only: collaborators and TIs 403, another firm’s accounts 404', async () => {
    const collaborator = await createMember(test.dataSource, { spaceId: admin.spaceId, portfolioId, rights: [...FIRM_RIGHTS] });
    const collaboratorSession = await loggedIn(test, collaborator);
    for (const path of ['/api/firm/accounts', `/api/firm/accounts/${collaborator.id}`, '/api/firm/audit', '/api/firm/audit.csv', `/api/firm/accounts/${collaborator.id}/clients`]) {
      const refused = await collaboratorSession.get(path).expect(403);
      expect(refused.body.message).toContain('réservé aux administrateurs');
    }
    await collaboratorSession.post('/api/firm/accounts').send(newAccount()).expect(403);
    await collaboratorSession.post(`/api/firm/accounts/${admin.personId}/deactivate`).expect(403);

    const ti = await createPerson(test.dataSource);
    await createSpace(test.dataSource, { personId: ti.id }, { kind: 'travailleur-independant', name: 'Sophie Martin' });
    const tiSession = await loggedIn(test, ti);
    await tiSession.get('/api/firm/accounts').expect(403);
    await tiSession.get('/api/firm/audit').expect(403);

    const otherFirm = await loggedInAccountant(test, 'Cabinet Concurrent');
    await otherFirm.client.get(`/api/firm/accounts/${collaborator.id}`).expect(404);
    await otherFirm.client.put(`/api/firm/accounts/${collaborator.id}/rights`).send({ rights: ['paiement'] }).expect(404);
    await otherFirm.client.post(`/api/firm/accounts/${collaborator.id}/deactivate`).expect(404);
    await otherFirm.client.post(`/api/firm/accounts/${collaborator.id}/activation-link`).expect(404);
    await otherFirm.client.get(`/api/firm/accounts/${collaborator.id}/clients`).expect(404);
    const ownList = (await otherFirm.client.get('/api/firm/accounts').expect(200)).body.accounts as FirmAccount[];
    expect(ownList.map((account) => account.personId)).toEqual([otherFirm.personId]);

    const bad = await admin.client.get('/api/firm/accounts/pas-un-identifiant').expect(400);
    expect(bad.body.message).toContain('personId');
    await (await test.newClient()).get('/api/firm/accounts').expect(401);
  });
});
