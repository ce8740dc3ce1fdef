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
    await (await test.newClient()).get('/api/portfolio/summary').expect(401);
  });
});
