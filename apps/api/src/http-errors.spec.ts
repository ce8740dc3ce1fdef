import { MAX_JSON_DEPTH, TOO_DEEP_MESSAGE } from '@portail/api-core';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type TestAgent from 'supertest/lib/agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

const NOT_FOUND = { statusCode: 404, message: 'Cette adresse ne correspond à aucune ressource du portail.' };
const NOT_JSON = "Le corps de la requête n'est pas un JSON valide.";

const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
/** A clock advance `depth` levels deep in all, its own object included. */
const advance = (depth: number, nest: (depth: number) => string) => `{"hours":1,"x":${nest(depth - 1)}}`;

// createTestApp serves a portal, as main.ts does: none of these answers may become its 404.
describe('errors always answer 4xx in French, never a stack trace, the portal served', () => {
  let test: TestApp;
  let trainer: TestAgent;
  const postJson = (body: string | Buffer, contentType = 'application/json') =>
    trainer.post('/api/sandbox/clock/advance').set('content-type', contentType).send(body);
  beforeAll(async () => {
    test = await createTestApp();
    trainer = await test.trainer();
  });
  afterAll(() => test.close());

  it('unknown API routes answer 404, whatever the method', async () => {
    expect((await test.api.get('/api/nexiste-pas').expect(404)).body).toEqual(NOT_FOUND);
    expect((await test.api.post('/api/nexiste-pas').send({}).expect(404)).body).toEqual(NOT_FOUND);
    expect((await test.api.get('/API/nexiste/pas').expect(404)).body).toEqual(NOT_FOUND);
  });

  it('malformed JSON answers 400', async () => {
    expect((await postJson('{"hours": 1,,').expect(400)).body).toEqual({ statusCode: 400, message: NOT_JSON });
  });

  it('a badly percent-encoded path parameter answers 400', async () => {
    const response = await test.api.get('/api/sandbox/messages/%FF').expect(400);
    expect(response.body.message).toMatch(/mal encodé/);
  });

  it('a body over the limit answers 413', async () => {
    const response = await postJson(JSON.stringify({ hours: 1, padding: 'x'.repeat(2_000_000) })).expect(413);
    expect(response.body).toEqual({ statusCode: 413, message: 'La requête est trop volumineuse.' });
  });

  it('a charset other than UTF-8 answers 415', async () => {
    for (const [charset, body] of [['klingon', '{"hours":1}'], ['utf-16le', Buffer.from('{"hours":1}', 'utf16le')]] as const) {
      const response = await postJson(body, `application/json; charset=${charset}`).expect(415);
      expect(response.body.message).toMatch(/UTF-8/);
    }
  });

  it('a JSON body that is not an object is refused by field, not by crash', async () => {
    const response = await trainer.post('/api/sandbox/clock/set').set('content-type', 'application/json').send('[1,2,3]');
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/« at »/);
  });

  it('lists every field error with its name', async () => {
    const response = await trainer.post('/api/sandbox/clock/advance').send({ hours: 'deux', minutes: -5, extra: true }).expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'hours', message: expect.stringContaining('« hours »') },
        { field: 'minutes', message: expect.stringContaining('« minutes »') },
        { field: 'extra', message: "Le champ « extra » n'est pas attendu." },
      ]),
    );
  });

  describe('JSON nested too deep answers 400 before validation', () => {
    const TOO_DEEP = { statusCode: 400, message: TOO_DEEP_MESSAGE };

    it(`accepts ${MAX_JSON_DEPTH} levels and refuses ${MAX_JSON_DEPTH + 1}, 1,000, in arrays and objects`, async () => {
      for (const nest of [arrays, objects]) {
        const deepest = await postJson(advance(MAX_JSON_DEPTH, nest)).expect(400);
        expect(deepest.body.message).toBe("Le champ « x » n'est pas attendu.");
        for (const depth of [MAX_JSON_DEPTH + 1, 1_000]) {
          expect((await postJson(advance(depth, nest)).expect(400)).body).toEqual(TOO_DEEP);
        }
      }
    });

    it('refuses 100,000 levels: the deepest body under the size limit is refused as too deep, a larger one as too large', async () => {
      // 100,000 bytes: under the 100 kB limit, never closed, refused by the scan before JSON.parse.
      expect((await postJson('['.repeat(100_000)).expect(400)).body).toEqual(TOO_DEEP);
      for (const nest of [arrays, objects]) await postJson(advance(100_000, nest)).expect(413);
    });

    it('applies to every spelling of the JSON media type', async () => {
      for (const type of ['application/json; charset=utf-8', 'Application/JSON; Charset="UTF-8"']) {
        expect((await postJson(advance(1_000, arrays), type).expect(400)).body).toEqual(TOO_DEEP);
      }
    });

    it('does not count brackets inside strings, escaped quotes included', async () => {
      const brackets = '[{'.repeat(1_000);
      for (const note of [brackets, `"${brackets}`, `\\"${brackets}\\`]) {
        const response = await postJson(JSON.stringify({ hours: 1, note })).expect(400);
        expect(response.body.message).toBe("Le champ « note » n'est pas attendu.");
      }
    });

    it('leaves other media types unparsed, and forms flat: never a 500', async () => {
      for (const type of ['application/merge-patch+json', 'text/plain']) {
        const response = await postJson(advance(1_000, arrays), type).expect(400);
        expect(response.body.message).toMatch(/« hours »/);
      }
      const form = await postJson(`hours=1&a${'[b]'.repeat(1_000)}=1`, 'application/x-www-form-urlencoded').expect(400);
      expect(form.body.message).toMatch(/^Le champ « a\[b\]/);
    });
  });

  describe('the portal, served beside the API', () => {
    it('answers its index.html for the root and for any page of its own', async () => {
      for (const path of ['/', '/portefeuille/xyz', '/une/page/inconnue', '/%FF']) {
        const response = await test.api.get(path).expect(200);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.text).toContain('<main id="portail-de-test">');
      }
    });

    it('serves its files', async () => {
      const response = await test.api.get('/portal-fixture.css').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/css/);
      expect(response.text).toContain('#portail-de-test');
    });

    it('leaves /api to the API, its documentation included', async () => {
      const docs = await test.api.get('/api/docs').expect(200);
      expect(docs.text).toMatch(/swagger-ui/i);
      expect(docs.text).not.toContain('portail-de-test');
      expect((await test.api.get('/api').expect(404)).body).toEqual(NOT_FOUND);
    });
  });

  describe('requests Node refuses before the application', () => {
    /** Sends raw bytes to the listening test server and reads the whole answer. */
    async function raw(bytes: string): Promise<string> {
      const server = test.http.listening ? test.http : test.http.listen(0, '127.0.0.1');
      await new Promise((resolve) => (server.listening ? resolve(undefined) : server.once('listening', resolve)));
      const { port } = server.address() as AddressInfo;
      return new Promise((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    }

    it('answers headers over 16 kB with a French 431', async () => {
      const response = await test.api.get('/api/health').set('x-remplissage', 'x'.repeat(20_000)).expect(431);
      expect(response.body).toEqual({ statusCode: 431, message: 'Les en-têtes de la requête sont trop volumineux.' });
    });

    it('answers a broken request line with a French 400', async () => {
      const answer = await raw('GET /api/health HTTP/1.1 de trop\r\nHost: x\r\n\r\n');
      expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({ statusCode: 400, message: 'La requête HTTP est mal formée.' });
    });
  });
});
