import { isValidNir, isValidSiren } from '@portail/domain';
import { SandboxWelcome } from '@portail/api-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

describe('the sandbox directory and the seeded firms’ clients', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  async function login(identifier: string, password: string) {
    const client = await test.newClient();
    await client.post('/api/auth/login').send({ identifier, password }).expect(200);
    return client;
  }

  it('has the hand-written contributors and the generated ones, with valid identifiers, once', async () => {
    const [{ contributors, gerants }] = await test.dataSource.query(
      `SELECT count(*)::int AS contributors, count(*) FILTER (WHERE kind = 'gerant-sans-siret')::int AS gerants FROM contributor`,
    );
    expect(contributors).toBeGreaterThanOrEqual(400);
    expect(gerants).toBeGreaterThan(30);
    const rows: { siren: string | null; nir: string | null }[] = await test.dataSource.query(`SELECT siren, nir FROM contributor`);
    expect(rows.every((row) => (row.siren === null || isValidSiren(row.siren)) && (row.nir === null || isValidNir(row.nir)))).toBe(true);
    // Another start (or another instance) seeds nothing twice.
    await test.app.get(SandboxWelcome).onApplicationBootstrap();
    const [{ count }] = await test.dataSource.query(`SELECT count(*)::int AS count FROM contributor`);
    expect(count).toBe(contributors);
    const [{ attachments }] = await test.dataSource.query(`SELECT count(*)::int AS attachments FROM attachment`);
    expect(attachments).toBe(41 + 12);
  });

  it('gives Marie Lefebvre clients in every state and Jacques Bernard his migrated mandates', async () => {
    // Two spaces: by e-mail she chooses (« Choisissez le compte… »); her firm's SIRET opens the firm.
    const byEmail = await login('marie.lefebvre@cabinet-lefebvre.fr', 'Bilan024');
    const state = (await byEmail.get('/api/auth/session').expect(200)).body;
    expect(state.spaces.map((space: { kind: string }) => space.kind).sort()).toEqual(['employeur', 'tiers']);
    expect(state.currentSpaceId).toBeNull();
    await byEmail.get('/api/portfolio/summary').expect(403);
    const marie = await login('44306184100013', 'Bilan024');
    const firm = (await marie.get('/api/auth/session').expect(200)).body;
    expect(firm.spaces.find((space: { id: string }) => space.id === firm.currentSpaceId).kind).toBe('tiers');
    expect((await marie.get('/api/portfolio/summary').expect(200)).body).toMatchObject({
      firmName: 'Cabinet Lefebvre',
      counts: { rattache: 29, 'en-attente': 9, bloque: 3 },
    });
    const jacques = await login('jacques.bernard@cabinet-bernard.fr', 'Secu2021');
    await jacques.post('/api/auth/password').send({ currentPassword: 'Secu2021', newPassword: 'Compta77' }).expect(200);
    expect((await jacques.get('/api/portfolio/summary').expect(200)).body.counts).toEqual({ rattache: 12, 'en-attente': 0, bloque: 0 });
  });

  it('lets Paul Durand (TI) log in with his NIR and see his cotisations and his accountant', async () => {
    const paul = await login('1850575056123', 'Plomb024');
    const spaces = (await paul.get('/api/auth/session').expect(200)).body.spaces;
    const tiSpace = spaces.find((space: { kind: string }) => space.kind === 'travailleur-independant');
    await paul.post('/api/auth/space').send({ spaceId: tiSpace.id }).expect(200);
    expect((await paul.get('/api/me/tiers').expect(200)).body).toEqual([{ firmName: 'Cabinet Lefebvre', status: 'rattache', since: expect.any(String) }]);
    const own = (await paul.get('/api/me/cotisations').expect(200)).body;
    expect(own.contributor).toMatchObject({ name: 'DURAND Paul', siren: '802954784' });
  });

  it('gives Marie Lefebvre a collaborator who sees her 5 clients and may consult and pay, not add clients', async () => {
    const julie = await login('julie.moreau@cabinet-lefebvre.fr', 'Collab024');
    const state = (await julie.get('/api/auth/session').expect(200)).body;
    expect(state.spaces).toEqual([expect.objectContaining({ name: 'Cabinet Lefebvre', role: 'collaborateur', rights: ['consultation-cotisations', 'paiement'] })]);
    await julie.post('/api/auth/space').send({ spaceId: state.spaces[0].id }).expect(200);
    const page = (await julie.get('/api/portfolio/clients').expect(200)).body;
    expect(page.items).toHaveLength(5);
    expect((await julie.get('/api/portfolio/summary').expect(200)).body.counts).toEqual({ rattache: 5, 'en-attente': 0, bloque: 0 });
    await julie.get(`/api/portfolio/clients/${page.items[0].id}/cotisations`).expect(200);
    const refusal = await julie.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: '912345675' });
    expect(refusal.status).toBe(403);
    expect(refusal.body.message).toContain('« Gestion du portefeuille »');
  });
});
