import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { createContributor, freshNir, freshSiren, loggedInAccountant, securityCodeOf } from './testing/portfolio-fixtures';

describe('« Ajouter un client » and finalising the attachment', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
  });
  afterAll(() => test.close());

  const messagesAbout = (attachmentId: string) =>
    test.dataSource.query(`SELECT kind, recipient, subject, body FROM outbound_message WHERE related_entity_id = $1 ORDER BY kind`, [attachmentId]);

  it('adds a client by SIREN: a pending attachment, an e-mail to the contributor and a letter with a code, together', async () => {
    const { client } = await loggedInAccountant(test, 'Cabinet Alpha');
    const contributor = await createContributor(test.dataSource);
    const added = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    expect(added.body).toMatchObject({ status: 'en-attente', siren: contributor.siren, triesLeft: 5, name: 'MARTIN Sophie' });
    expect(added.body.secretQuestions).toEqual(['Quelle est la ville de naissance de votre mère ?', 'Quel était le nom de votre premier animal de compagnie ?']);
    const messages = await messagesAbout(added.body.id);
    expect(messages.map((message: { kind: string }) => message.kind)).toEqual(['email', 'letter']);
    expect(messages[0].recipient).toBe(contributor.email);
    expect(messages[0].body).toContain('Cabinet Alpha');
    expect(messages[1].body).toMatch(/Votre code de sécurité : [2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/);
    const [stored] = await test.dataSource.query(`SELECT security_code_hash FROM attachment WHERE id = $1`, [added.body.id]);
    const code = await securityCodeOf(test.dataSource, added.body.id);
    expect(stored.security_code_hash).toMatch(/^\$2[aby]\$/);
    expect(stored.security_code_hash).not.toContain(code.replace(/-/g, ''));
    const [audit] = await test.dataSource.query(`SELECT kind FROM audit_event WHERE subject_id = $1`, [added.body.id]);
    expect(audit.kind).toBe('attachment.added');
  });

  it('refuses each case with its own French message', async () => {
    const { client } = await loggedInAccountant(test);
    const checksum = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: '732829321' }).expect(400);
    expect(checksum.body.errors).toEqual([{ field: 'siren', message: expect.stringContaining('SIREN') }]);
    const unknown = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: freshSiren() }).expect(404);
    expect(unknown.body).toMatchObject({ reason: 'unknown-contributor', message: expect.stringContaining('Aucun travailleur indépendant') });
    const badNir = await client.post('/api/portfolio/clients').send({ kind: 'gerant-sans-siret', nir: '295109912611199', tiNumber: '12345678901' }).expect(400);
    expect(badNir.body.errors).toEqual([{ field: 'nir', message: expect.stringContaining('clé') }]);
    const badTi = await client.post('/api/portfolio/clients').send({ kind: 'gerant-sans-siret', nir: '295109912611193', tiNumber: '1234' }).expect(400);
    expect(badTi.body.errors).toEqual([{ field: 'tiNumber', message: expect.stringContaining('11 chiffres') }]);
    const gerant = await createContributor(test.dataSource, { kind: 'gerant-sans-siret' });
    const wrongPair = await client.post('/api/portfolio/clients').send({ kind: 'gerant-sans-siret', nir: gerant.nir, tiNumber: '12345678901' }).expect(404);
    expect(wrongPair.body).toMatchObject({ reason: 'unknown-contributor', message: expect.stringContaining('gérant majoritaire') });
    const missing = await client.post('/api/portfolio/clients').send({ kind: 'entreprise' }).expect(400);
    expect(missing.body.message).toContain('siren');

    const contributor = await createContributor(test.dataSource);
    await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    const twice = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(409);
    expect(twice.body).toMatchObject({ reason: 'already-in-portfolio', message: expect.stringContaining('déjà dans votre portefeuille') });
  });

  it('adds a gérant majoritaire sans Siret by NIR and n° TI, and finalises with the letter’s code', async () => {
    const { client } = await loggedInAccountant(test);
    const gerant = await createContributor(test.dataSource, { kind: 'gerant-sans-siret' });
    const nir = gerant.nir ?? '';
    const added = await client
      .post('/api/portfolio/clients')
      .send({ kind: 'gerant-sans-siret', nir: `${nir.slice(0, 7)} ${nir.slice(7)}`, tiNumber: gerant.tiNumber })
      .expect(201);
    expect(added.body).toMatchObject({ kind: 'gerant-sans-siret', siren: null, tiNumber: gerant.tiNumber });
    const code = await securityCodeOf(test.dataSource, added.body.id);
    const typedLoosely = code.toLowerCase().replace(/-/g, ' ');
    const attached = await client.post(`/api/portfolio/clients/${added.body.id}/finalise`).send({ method: 'code', code: typedLoosely }).expect(200);
    expect(test.logs.join('\n')).not.toContain(code.replace(/-/g, '').slice(0, 8));
    expect(test.logs.join('\n')).not.toContain(nir.slice(0, 13));
    expect(attached.body).toMatchObject({ status: 'rattache', secretQuestions: [] });
    const emails = await test.dataSource.query(`SELECT subject FROM outbound_message WHERE related_entity_id = $1 AND kind = 'email' ORDER BY created_at`, [added.body.id]);
    expect(emails).toHaveLength(2);
    expect(emails[1].subject).toContain('rattaché');
    // Single use: the code is gone with the pending state.
    const again = await client.post(`/api/portfolio/clients/${added.body.id}/finalise`).send({ method: 'code', code }).expect(409);
    expect(again.body.reason).toBe('not-pending');
  });

  it('finalises with the two secret answers, whatever their case, accents and spaces', async () => {
    const { client } = await loggedInAccountant(test);
    const contributor = await createContributor(test.dataSource, { answers: ['Saint-Étienne', 'Noisette'] });
    const added = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    await client
      .post(`/api/portfolio/clients/${added.body.id}/finalise`)
      .send({ method: 'questions', answers: ['  SAINT etienne ', 'noisette'] })
      .expect(200);
    const [row] = await test.dataSource.query(`SELECT status, attached_at FROM attachment WHERE id = $1`, [added.body.id]);
    expect(row.status).toBe('rattache');
    expect(row.attached_at).not.toBeNull();
    // Never logged: answers (nor, elsewhere, codes); never stored in clear.
    expect(test.logs.join('\n')).not.toMatch(/noisette|etienne|Étienne/i);
    const [hashes] = await test.dataSource.query(`SELECT secret_answer_1_hash, secret_answer_2_hash FROM contributor WHERE id = $1`, [contributor.id]);
    expect(Object.values(hashes).every((hash) => typeof hash === 'string' && hash.startsWith('$2'))).toBe(true);
  });

  it('answers one generic error whichever answer is wrong, and locks after 5 failed tries', async () => {
    const { client } = await loggedInAccountant(test);
    const contributor = await createContributor(test.dataSource, { answers: ['Lyon', 'Rex'] });
    const added = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    const url = `/api/portfolio/clients/${added.body.id}/finalise`;
    const firstWrong = await client.post(url).send({ method: 'questions', answers: ['Paris', 'Rex'] }).expect(400);
    const secondWrong = await client.post(url).send({ method: 'questions', answers: ['Lyon', 'Médor'] }).expect(400);
    expect(firstWrong.body.reason).toBe('wrong-proof');
    expect(firstWrong.body.message.replace(/\d essai/, '')).toBe(secondWrong.body.message.replace(/\d essai/, ''));
    expect([firstWrong.body.triesLeft, secondWrong.body.triesLeft]).toEqual([4, 3]);
    await client.post(url).send({ method: 'code', code: 'AAAA-BBBB-CCCC' }).expect(400);
    await client.post(url).send({ method: 'questions', answers: ['x', 'y'] }).expect(400);
    const fifth = await client.post(url).send({ method: 'questions', answers: ['x', 'y'] }).expect(409);
    expect(fifth.body).toMatchObject({ reason: 'locked', message: expect.stringContaining('supprimez le client') });
    // Locked: even the right answers are refused now.
    await client.post(url).send({ method: 'questions', answers: ['Lyon', 'Rex'] }).expect(409);
    expect((await client.get(`/api/portfolio/clients/${added.body.id}`).expect(200)).body).toMatchObject({ status: 'bloque', triesLeft: 0 });
    const kinds = await test.dataSource.query(`SELECT kind FROM audit_event WHERE subject_id = $1 ORDER BY id`, [added.body.id]);
    expect(kinds.map((row: { kind: string }) => row.kind)).toEqual([
      'attachment.added',
      ...Array(4).fill('attachment.proof-refused'),
      'attachment.locked',
    ]);
  });

  it('a mistyped code shape costs no try', async () => {
    const { client } = await loggedInAccountant(test);
    const contributor = await createContributor(test.dataSource);
    const added = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    const refused = await client.post(`/api/portfolio/clients/${added.body.id}/finalise`).send({ method: 'code', code: 'ABC' }).expect(400);
    expect(refused.body.errors[0].field).toBe('code');
    expect((await client.get(`/api/portfolio/clients/${added.body.id}`)).body.triesLeft).toBe(5);
  });

  it('counts concurrent wrong guesses exactly: at most 5 compared, then locked', async () => {
    const { client } = await loggedInAccountant(test);
    const contributor = await createContributor(test.dataSource);
    const added = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    const responses = await Promise.all(
      Array.from({ length: 9 }, () => client.post(`/api/portfolio/clients/${added.body.id}/finalise`).send({ method: 'questions', answers: ['a', 'b'] })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 400)).toHaveLength(4);
    expect(statuses.filter((status) => status === 409)).toHaveLength(5);
    const [row] = await test.dataSource.query(`SELECT status, failed_tries FROM attachment WHERE id = $1`, [added.body.id]);
    expect(row).toEqual({ status: 'bloque', failed_tries: 5 });
    const compared = await test.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1 AND kind IN ('attachment.proof-refused', 'attachment.locked')`,
      [added.body.id],
    );
    expect(compared[0].n).toBe(5);
  });

  it('lost letter: delete and add again sends a new code; the old one is refused', async () => {
    const { client } = await loggedInAccountant(test);
    const contributor = await createContributor(test.dataSource);
    const first = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    const oldCode = await securityCodeOf(test.dataSource, first.body.id);
    await client.delete(`/api/portfolio/clients/${first.body.id}`).expect(204);
    await client.get(`/api/portfolio/clients/${first.body.id}`).expect(404);
    const second = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    const newCode = await securityCodeOf(test.dataSource, second.body.id);
    expect(newCode).not.toBe(oldCode);
    const refused = await client.post(`/api/portfolio/clients/${second.body.id}/finalise`).send({ method: 'code', code: oldCode }).expect(400);
    expect(refused.body.reason).toBe('wrong-proof');
    await client.post(`/api/portfolio/clients/${second.body.id}/finalise`).send({ method: 'code', code: newCode }).expect(200);
  });

  it('deleting and re-adding does not give endless tries: 10 per client per 24 h of the sandbox clock', async () => {
    const { client } = await loggedInAccountant(test);
    const contributor = await createContributor(test.dataSource);
    let attachmentId = '';
    const statuses: number[] = [];
    for (let round = 0; round < 3; round++) {
      attachmentId = (await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201)).body.id;
      for (let attempt = 0; attempt < 4; attempt++) {
        statuses.push((await client.post(`/api/portfolio/clients/${attachmentId}/finalise`).send({ method: 'questions', answers: ['a', 'b'] })).status);
      }
      await client.delete(`/api/portfolio/clients/${attachmentId}`).expect(204);
    }
    expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    await (await test.trainer()).post('/api/sandbox/clock/advance').send({ hours: 25 }).expect(200);
    attachmentId = (await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201)).body.id;
    await client.post(`/api/portfolio/clients/${attachmentId}/finalise`).send({ method: 'questions', answers: contributor.answers }).expect(200);
    await (await test.trainer()).post('/api/sandbox/clock/reset').expect(200);
  });

  it('a pending attachment has no deadline', async () => {
    const { client } = await loggedInAccountant(test);
    const contributor = await createContributor(test.dataSource);
    const added = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    await (await test.trainer()).post('/api/sandbox/clock/advance').send({ days: 400 }).expect(200);
    await client.post(`/api/portfolio/clients/${added.body.id}/finalise`).send({ method: 'questions', answers: contributor.answers }).expect(200);
    await (await test.trainer()).post('/api/sandbox/clock/reset').expect(200);
  });

  it('one tiers déclarant at a time: a client attached elsewhere is refused with its own message', async () => {
    const alpha = await loggedInAccountant(test, 'Cabinet Alpha');
    const beta = await loggedInAccountant(test, 'Cabinet Beta');
    const contributor = await createContributor(test.dataSource);
    const added = await alpha.client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    // Pending in one firm: another firm may still add it (the client decides by giving their answers).
    const pendingElsewhere = await beta.client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    await alpha.client.post(`/api/portfolio/clients/${added.body.id}/finalise`).send({ method: 'questions', answers: contributor.answers }).expect(200);
    const late = await beta.client.post(`/api/portfolio/clients/${pendingElsewhere.body.id}/finalise`).send({ method: 'questions', answers: contributor.answers }).expect(409);
    expect(late.body.reason).toBe('attached-elsewhere');
    await beta.client.delete(`/api/portfolio/clients/${pendingElsewhere.body.id}`).expect(204);
    const refused = await beta.client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(409);
    expect(refused.body).toMatchObject({ reason: 'attached-elsewhere', message: expect.stringContaining('autre tiers déclarant') });
  });

  it('another firm’s client answers the same 404 as an unknown one, on every route', async () => {
    const alpha = await loggedInAccountant(test);
    const beta = await loggedInAccountant(test);
    const contributor = await createContributor(test.dataSource);
    const added = await alpha.client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
    const unknownId = '00000000-0000-4000-8000-000000000000';
    for (const id of [added.body.id, unknownId]) {
      const detail = await beta.client.get(`/api/portfolio/clients/${id}`).expect(404);
      expect(detail.body).toEqual({ statusCode: 404, message: 'Ce client ne figure pas dans votre portefeuille.' });
      await beta.client.post(`/api/portfolio/clients/${id}/finalise`).send({ method: 'questions', answers: contributor.answers }).expect(404);
      await beta.client.delete(`/api/portfolio/clients/${id}`).expect(404);
    }
    expect((await alpha.client.get(`/api/portfolio/clients/${added.body.id}`).expect(200)).body.status).toBe('en-attente');
  });

  it('all or nothing: a failure after the insert leaves no attachment, no e-mail and no letter', async () => {
    const { client, spaceId } = await loggedInAccountant(test);
    const contributor = await createContributor(test.dataSource);
    await test.dataSource.query(`
      CREATE FUNCTION fail_letters() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'imprimerie en panne'; END $$`);
    await test.dataSource.query(`CREATE TRIGGER fail_letters BEFORE INSERT ON outbound_message FOR EACH ROW WHEN (NEW.kind = 'letter') EXECUTE FUNCTION fail_letters()`);
    try {
      const messagesBefore = await test.dataSource.query(`SELECT count(*)::int AS n FROM outbound_message`);
      const failed = await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren });
      expect(failed.status).toBe(500);
      const [{ attachments }] = await test.dataSource.query(
        `SELECT count(*)::int AS attachments FROM attachment JOIN portfolio ON portfolio.id = attachment.portfolio_id WHERE portfolio.space_id = $1`,
        [spaceId],
      );
      expect(attachments).toBe(0);
      expect(await test.dataSource.query(`SELECT count(*)::int AS n FROM outbound_message`)).toEqual(messagesBefore);
      expect(await test.dataSource.query(`SELECT 1 FROM outbound_message WHERE recipient = $1`, [contributor.email])).toEqual([]);
    } finally {
      await test.dataSource.query(`DROP TRIGGER fail_letters ON outbound_message; DROP FUNCTION fail_letters()`);
    }
    await client.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: contributor.siren }).expect(201);
  });

  it('is for finalised tiers spaces: a TI space gets 403, no session 401', async () => {
    const anonymous = await test.newClient();
    await anonymous.get('/api/portfolio/clients').expect(401);
    await anonymous.post('/api/portfolio/clients').send({ kind: 'entreprise', siren: freshSiren() }).expect(401);
    expect(freshNir()).toMatch(/^[12][0-9]{14}$/);
  });
});
