import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createSpace } from './testing/identity-fixtures';
import { createTestApp, type TestApp } from './testing/create-test-app';

describe('portfolio features before and after the Conseiller finalises the space', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('are refused while « en attente de paramétrage », with the 3698 message, and open once finalised', async () => {
    const person = await createPerson(test.dataSource, { email: 'nouveau@cabinet.fr' });
    const spaceId = await createSpace(test.dataSource, { personId: person.id }, { siret: '73282932000074', status: 'en-attente-parametrage' });
    const client = await test.newClient();
    await client.post('/api/auth/login').send({ identifier: person.email, password: person.password }).expect(200);
    const home = await client.get('/api/spaces/current').expect(200);
    expect(home.body.portfolioAvailable).toBe(false);
    const refused = await client.get('/api/portfolio/summary').expect(403);
    expect(refused.body.message).toContain('3698');
    expect(refused.body.message).toContain('en attente de paramétrage');
    // The list checks its scope inside its own statement: the same refusal.
    expect((await client.get('/api/portfolio/clients').expect(403)).body).toEqual(refused.body);

    // Read from the database on every request: the finalisation applies at the next one.
    await test.dataSource.query(`UPDATE space SET status = 'actif' WHERE id = $1`, [spaceId]);
    await client.get('/api/portfolio/summary').expect(200);
    expect((await client.get('/api/spaces/current').expect(200)).body.portfolioAvailable).toBe(true);
  });

  it('are refused in a TI space and without a session', async () => {
    const person = await createPerson(test.dataSource, { email: 'ti@exemple.fr' });
    await createSpace(test.dataSource, { personId: person.id }, { kind: 'travailleur-independant', name: 'TI' });
    const client = await test.newClient();
    await client.post('/api/auth/login').send({ identifier: person.email, password: person.password }).expect(200);
    await client.get('/api/portfolio/summary').expect(403);
    await client.get('/api/portfolio/clients').expect(403);
    await (await test.newClient()).get('/api/portfolio/summary').expect(401);
    await (await test.newClient()).get('/api/portfolio/clients').expect(401);
  });

  it('are for the space’s administrators and the collaborators given a sub-portfolio: a member without one sees no client', async () => {
    const admin = await createPerson(test.dataSource, { email: 'admin@cabinet-membres.fr' });
    const spaceId = await createSpace(test.dataSource, { personId: admin.id }, { siret: '12345678200010' });
    const member = await createPerson(test.dataSource, { email: 'collaborateur@cabinet-membres.fr' });
    await test.dataSource.query(
      `INSERT INTO space_member (space_id, person_id, role, is_primary, created_at) VALUES ($1, $2, 'collaborateur', false, now())`,
      [spaceId, member.id],
    );
    const adminClient = await test.newClient();
    await adminClient.post('/api/auth/login').send({ identifier: admin.email, password: admin.password }).expect(200);
    await adminClient.get('/api/portfolio/clients').expect(200);
    const memberClient = await test.newClient();
    await memberClient.post('/api/auth/login').send({ identifier: member.email, password: member.password }).expect(200);
    expect((await memberClient.get('/api/portfolio/clients').expect(403)).body.message).toContain('Aucun portefeuille clients ne vous est attribué');
    await memberClient.get('/api/portfolio/summary').expect(403);
  });
});
