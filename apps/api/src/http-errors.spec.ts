import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

describe('errors always answer 4xx in French, never a stack trace', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  it('unknown API routes answer 404', async () => {
    const response = await test.api.get('/api/nexiste-pas').expect(404);
    expect(response.body).toEqual({ statusCode: 404, message: 'Cette adresse ne correspond à aucune ressource du portail.' });
  });

  it('malformed JSON answers 400', async () => {
    const response = await (await test.trainer())
      .post('/api/sandbox/clock/advance')
      .set('content-type', 'application/json')
      .send('{"hours": 1,,')
      .expect(400);
    expect(response.body.message).toBe("Le corps de la requête n'est pas un JSON valide.");
  });

  it('a badly percent-encoded path parameter answers 400', async () => {
    const response = await test.api.get('/api/sandbox/messages/%FF').expect(400);
    expect(response.body.message).toMatch(/mal encodé/);
  });

  it('a body over the limit answers 413', async () => {
    const response = await (await test.trainer())
      .post('/api/sandbox/clock/advance')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ hours: 1, padding: 'x'.repeat(2_000_000) }))
      .expect(413);
    expect(response.body.message).toMatch(/trop volumineuse/);
  });

  it('an unsupported charset answers 415', async () => {
    const response = await (await test.trainer())
      .post('/api/sandbox/clock/advance')
      .set('content-type', 'application/json; charset=klingon')
      .send('{"hours":1}')
      .expect(415);
    expect(response.body.message).toMatch(/UTF-8/);
  });

  it('a JSON body that is not an object is refused by field, not by crash', async () => {
    const response = await (await test.trainer())
      .post('/api/sandbox/clock/set')
      .set('content-type', 'application/json')
      .send('[1,2,3]');
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/« at »/);
  });

  it('lists every field error with its name', async () => {
    const response = await (await test.trainer())
      .post('/api/sandbox/clock/advance')
      .send({ hours: 'deux', minutes: -5, extra: true })
      .expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'hours', message: expect.stringContaining('« hours »') },
        { field: 'minutes', message: expect.stringContaining('« minutes »') },
        { field: 'extra', message: "Le champ « extra » n'est pas attendu." },
      ]),
    );
  });
});
