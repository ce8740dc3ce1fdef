import type { AuditEntry, AuditPage, FirmAccount } from '@portail/domain';
import type { Stream } from 'node:stream';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activationTokenOf, loggedIn, newAccount } from './testing/accounts-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createContributor, type ContributorFixture, loggedInAccountant } from './testing/portfolio-fixtures';

/** The response body as bytes: the BOM must be checked as sent, not as a text decoder keeps it. */
function asBytes(response: Stream, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('the firm’s « Historique » (audit trail): page, filters, keyset, CSV', () => {
  let test: TestApp;
  let admin: Awaited<ReturnType<typeof loggedInAccountant>>;
  let collaborator: FirmAccount;
  let contributor: ContributorFixture;
  let everything: AuditEntry[];

  const page = async (query: Record<string, string | number> = {}, client: TestAgent = admin.client): Promise<AuditPage> =>
    (await client.get('/api/firm/audit').query({ limit: 100, ...query }).expect(200)).body;
  const kinds = (entries: AuditEntry[]) => entries.map((entry) => entry.kind);

  beforeAll(async () => {
    test = await createTestApp();
    admin = await loggedInAccountant(test, 'Cabinet Lefebvre');
    await test.dataSource.query(`UPDATE person SET first_name = 'Marie', last_name = 'Lefebvre' WHERE id = $1`, [admin.personId]);
    contributor = await createContributor(test.dataSource, { lastName: 'Martin' });
    const client = (await admin.client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201)).body;
    // A name a spreadsheet would take for a formula, with the separator and quotes in it.
    const request = newAccount({ firstName: '=SOMME(A1;A2)', lastName: 'Dupont "le jeune"', rights: ['paiement'] });
    collaborator = (await admin.client.post('/api/firm/accounts').send(request).expect(201)).body;
    await test.api.post('/api/activation').send({ token: await activationTokenOf(test, request.email), password: 'Kp7wZ2qa' }).expect(204);
    await loggedIn(test, { email: request.email, password: 'Kp7wZ2qa' });
    await admin.client.post(`/api/firm/accounts/${collaborator.personId}/clients`).send({ clientIds: [client.id] }).expect(200);
    await admin.client.delete(`/api/firm/accounts/${collaborator.personId}/clients/${client.id}`).expect(204);
    // Another firm's activity never shows.
    const other = await loggedInAccountant(test, 'Cabinet Ailleurs');
    await other.client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: (await createContributor(test.dataSource)).siren }).expect(201);
    everything = (await page()).items;
  });
  afterAll(() => test.close());

  it('lists the space’s events and its members’ logins, newest first, and nothing of another firm', () => {
    expect(kinds(everything)).toEqual([
      'assignment.removed',
      'assignment.added',
      'login.succeeded',
      'account.activated',
      'token.used',
      'account.created',
      'attachment.added',
      'login.succeeded',
    ]);
    const times = everything.map((entry) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('says each event in French, with the names of the person acting, the client and the account', () => {
    const byKind = (kind: string) => everything.find((entry) => entry.kind === kind);
    const collaboratorName = '=SOMME(A1;A2) Dupont "le jeune"';
    expect(byKind('attachment.added')).toMatchObject({
      kindLabel: 'Client ajouté',
      actor: { personId: admin.personId, name: 'Marie Lefebvre' },
      client: { contributorId: contributor.id, name: 'MARTIN Sophie' },
      summary: 'Marie Lefebvre a ajouté MARTIN Sophie au portefeuille',
    });
    expect(byKind('assignment.added')).toMatchObject({
      account: { personId: collaborator.personId, name: collaboratorName },
      summary: `Marie Lefebvre a attribué MARTIN Sophie à ${collaboratorName}`,
    });
    expect(byKind('assignment.removed')?.summary).toBe(`Marie Lefebvre a retiré MARTIN Sophie du sous-portefeuille de ${collaboratorName}`);
    expect(byKind('account.created')?.summary).toBe(`Marie Lefebvre a créé le compte collaborateur de ${collaboratorName}`);
    expect(byKind('account.activated')?.summary).toBe(`${collaboratorName} a activé son compte`);
    expect(everything[everything.length - 1].summary).toBe('Connexion de Marie Lefebvre');
  });

  it('filters by the person acting, the client concerned and the kind', async () => {
    expect(kinds((await page({ person: collaborator.personId })).items)).toEqual(['login.succeeded', 'account.activated', 'token.used']);
    expect(kinds((await page({ client: contributor.id })).items)).toEqual(['assignment.removed', 'assignment.added', 'attachment.added']);
    const logins = (await page({ kind: 'login.succeeded' })).items;
    expect(logins.map((entry) => entry.actor?.personId)).toEqual([collaborator.personId, admin.personId]);
    expect((await page({ kind: 'login.succeeded', person: admin.personId })).items).toHaveLength(1);
    expect((await page({ kind: 'account.deactivated' })).items).toEqual([]);
  });

  it('walks the history by keyset pages, each entry once, in the same order', async () => {
    const walked: AuditEntry[] = [];
    let after: string | null = null;
    do {
      const next: AuditPage = await page({ limit: 3, ...(after ? { after } : {}) });
      expect(next.items.length).toBeLessThanOrEqual(3);
      walked.push(...next.items);
      after = next.next;
    } while (after);
    expect(walked.map((entry) => entry.id)).toEqual(everything.map((entry) => entry.id));
  });

  it('refuses malformed filters and cursors with a French message', async () => {
    for (const query of [{ person: 'x' }, { client: '1' }, { kind: 'DROP TABLE' }, { after: 'bm9uc2Vuc2U' }, { after: '%%' }, { limit: 0 }, { limit: 101 }]) {
      const refused = await admin.client.get('/api/firm/audit').query(query).expect(400);
      expect(refused.body.message).toMatch(/«/);
    }
    const huge = Buffer.from(JSON.stringify(['99999999999999999999', '99999999999999999999'])).toString('base64url');
    await admin.client.get('/api/firm/audit').query({ after: huge }).expect(400);
  });

  it('exports the same entries as CSV: UTF-8 with a BOM, « ; », quoted cells, formulas neutralised', async () => {
    const response: Response = await admin.client.get('/api/firm/audit.csv').buffer(true).parse(asBytes).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.csv"$/);
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Date;Action;Auteur;Client;Compte;Détail');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(everything.length + 1);
    expect(lines[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2};Client retiré du sous-portefeuille;Marie Lefebvre;MARTIN Sophie;/);
    expect(lines[1]).toContain(`;"'=SOMME(A1;A2) Dupont ""le jeune""";"Marie Lefebvre a retiré MARTIN Sophie du sous-portefeuille de =SOMME(A1;A2) Dupont ""le jeune"""`);
    // Its own login: the author's cell would start with « = ».
    expect(lines[3]).toContain(`;Connexion;"'=SOMME(A1;A2) Dupont ""le jeune""";;;`);

    const filtered: Response = await admin.client.get('/api/firm/audit.csv').query({ kind: 'login.succeeded' }).buffer(true).parse(asBytes).expect(200);
    expect((filtered.body as Buffer).toString('utf8').trim().split('\r\n')).toHaveLength(3);
    await admin.client.get('/api/firm/audit.csv').query({ client: 'pas-un-uuid' }).expect(400);
  });
});
