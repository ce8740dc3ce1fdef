import type { PortfolioClient, PortfolioPage } from '@portail/domain';
import type TestAgent from 'supertest/lib/agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createContributor, loggedInAccountant, type ContributorFixture } from './testing/portfolio-fixtures';

const NAMES = ['Lefèvre', 'Lefebvre', 'Martin', 'Émery', 'Dupont', 'Durand', 'Zola', 'Abadie', 'Legrand', 'Bonnet', 'Moreau', 'Lefort'];

describe('the portfolio list: keyset pages, search as you type, filters, sort, counts', () => {
  let test: TestApp;
  let client: TestAgent;
  let contributors: ContributorFixture[];
  beforeAll(async () => {
    test = await createTestApp();
    const accountant = await loggedInAccountant(test);
    client = accountant.client;
    await client.get('/api/portfolio/summary').expect(200);
    const [{ id: portfolioId }] = await test.dataSource.query(`SELECT id FROM portfolio WHERE space_id = $1`, [accountant.spaceId]);
    contributors = [];
    for (const [index, lastName] of NAMES.entries()) {
      const contributor = await createContributor(test.dataSource, { lastName });
      contributors.push(contributor);
      const status = index % 4 === 0 ? 'en-attente' : index % 4 === 1 ? 'bloque' : 'rattache';
      const nameKey = `${lastName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()} sophie`;
      await test.dataSource.query(
        `INSERT INTO attachment (portfolio_id, contributor_id, status, name_key, siren, created_at)
         VALUES ($1, $2, $3, $4, $5, now() - make_interval(mins => $6))`,
        [portfolioId, contributor.id, status, nameKey, contributor.siren, NAMES.length - index],
      );
    }
  });
  afterAll(() => test.close());

  async function walk(query: Record<string, string | number>): Promise<PortfolioClient[]> {
    const items: PortfolioClient[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const response: { body: PortfolioPage } = await client.get('/api/portfolio/clients').query({ ...query, ...(after ? { after } : {}) }).expect(200);
      items.push(...response.body.items);
      after = response.body.next;
      if (!after) return items;
    }
    throw new Error('never reached the last page');
  }

  it('walks every client once, page by page, in name order (accents ignored), and backwards', async () => {
    const all = await walk({ limit: 5 });
    expect(all).toHaveLength(NAMES.length);
    const expected = [...NAMES].sort((a, b) => a.normalize('NFD').replace(/\p{M}/gu, '').localeCompare(b.normalize('NFD').replace(/\p{M}/gu, '')));
    expect(all.map((item) => item.name)).toEqual(expected.map((name) => `${name.toUpperCase()} Sophie`));
    const backwards = await walk({ limit: 4, sort: '-nom' });
    expect(backwards.map((item) => item.id)).toEqual([...all].reverse().map((item) => item.id));
  });

  it('sorts by date added, both ways, across pages', async () => {
    const oldest = await walk({ limit: 5, sort: 'ajout' });
    expect(oldest.map((item) => item.name.split(' ')[0])).toEqual(NAMES.map((name) => name.toUpperCase()));
    const newest = await walk({ limit: 5, sort: '-ajout' });
    expect(newest.map((item) => item.id)).toEqual([...oldest].reverse().map((item) => item.id));
  });

  it('filters by status and counts each status', async () => {
    const locked = await walk({ status: 'bloque', limit: 2 });
    expect(locked.map((item) => item.status)).toEqual(['bloque', 'bloque', 'bloque']);
    const summary = (await client.get('/api/portfolio/summary').expect(200)).body;
    expect(summary).toEqual({ firmName: 'Cabinet Test', counts: { 'en-attente': 3, rattache: 6, bloque: 3 }, total: 12 });
  });

  it('searches the beginning of the name, accents and case ignored, and SIREN prefixes in SIREN order', async () => {
    const lef = (await client.get('/api/portfolio/clients').query({ search: 'LÉF' }).expect(200)).body.items;
    expect(lef.map((item: PortfolioClient) => item.name)).toEqual(['LEFEBVRE Sophie', 'LEFÈVRE Sophie', 'LEFORT Sophie']);
    const emery = (await client.get('/api/portfolio/clients').query({ search: 'eme' }).expect(200)).body.items;
    expect(emery.map((item: PortfolioClient) => item.name)).toEqual(['ÉMERY Sophie']);
    const target = contributors[5].siren ?? '';
    const bySiren = (await client.get('/api/portfolio/clients').query({ search: target.slice(0, 6) }).expect(200)).body.items;
    expect(bySiren.map((item: PortfolioClient) => item.siren)).toContain(target);
    expect(bySiren.every((item: PortfolioClient) => item.siren?.startsWith(target.slice(0, 6)))).toBe(true);
    const wildcard = (await client.get('/api/portfolio/clients').query({ search: '%' }).expect(200)).body.items;
    expect(wildcard).toHaveLength(12);
    expect((await client.get('/api/portfolio/clients').query({ search: 'xyz' }).expect(200)).body).toEqual({ items: [], next: null });
    const combined = (await client.get('/api/portfolio/clients').query({ search: 'le', status: 'rattache' }).expect(200)).body.items;
    expect(combined.every((item: PortfolioClient) => item.status === 'rattache' && item.name.startsWith('LE'))).toBe(true);
  });

  it('refuses a forged or mismatched cursor and an out-of-range limit with a French 400', async () => {
    const first = (await client.get('/api/portfolio/clients').query({ limit: 2 }).expect(200)).body;
    const wrongSort = await client.get('/api/portfolio/clients').query({ sort: 'ajout', after: first.next }).expect(400);
    expect(wrongSort.body.message).toContain('curseur');
    await client.get('/api/portfolio/clients').query({ after: Buffer.from('["x","not-a-uuid"]').toString('base64url') }).expect(400);
    await client.get('/api/portfolio/clients').query({ after: 'bm90IGpzb24' }).expect(400);
    await client.get('/api/portfolio/clients').query({ sort: 'ajout', after: Buffer.from('["99999999999999999","00000000-0000-4000-8000-000000000000"]').toString('base64url') }).expect(200);
    const limit = await client.get('/api/portfolio/clients').query({ limit: 101 }).expect(400);
    expect(limit.body.message).toContain('limit');
  });

  it('keeps its counts per status exact through adds, finalisations, locks, deletions and bulk statements', async () => {
    const actual = () =>
      test.dataSource.query(
        `SELECT portfolio_id, status, count(*)::int AS clients FROM attachment GROUP BY 1, 2 HAVING count(*) > 0 ORDER BY 1, 2`,
      );
    const counted = () =>
      test.dataSource.query(`SELECT portfolio_id, status, clients FROM portfolio_count WHERE clients <> 0 ORDER BY 1, 2`);
    const before = (await client.get('/api/portfolio/summary').expect(200)).body.total;
    const added = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: (await createContributor(test.dataSource)).siren }).expect(201);
    expect((await client.get('/api/portfolio/summary').expect(200)).body.total).toBe(before + 1);
    await test.dataSource.query(`UPDATE attachment SET status = 'rattache' WHERE status = 'en-attente'`);
    await test.dataSource.query(`UPDATE attachment SET failed_tries = 1 WHERE status = 'rattache'`);
    await test.dataSource.query(`DELETE FROM attachment WHERE status = 'bloque'`);
    expect(await counted()).toEqual(await actual());
    await client.delete(`/api/portfolio/clients/${added.body.id}`).expect(204);
    expect(await counted()).toEqual(await actual());
    expect((await client.get('/api/portfolio/summary').expect(200)).body).toMatchObject({ counts: { 'en-attente': 0, bloque: 0 }, total: before - 3 });
  });
});
