import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { newSecurityCode } from '@portail/api-portfolio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CotisationsOverview, CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@portail/domain';
import request from 'supertest';
import { buildWorld, callAs, type Method, ROLES, type Role, WORLD_PASSWORD, type World } from './testing/authorization-world';
import { type Row, same, trainerOnly } from './testing/matrix-row';
import { COMPLAINTS_ROWS } from './testing/matrix-rows/complaints';
import { HELP_ROWS } from './testing/matrix-rows/help';
import { MESSAGING_ROWS } from './testing/matrix-rows/messaging';
import { createTestApp, type TestApp } from './testing/create-test-app';
import { luhnComplete } from './testing/portfolio-fixtures';

/**
 * Every endpoint of the API × every kind of caller, with the exact status expected. The columns:
 *
 *   anon  ti  gest  cons  decl  paie  mess  hors  autre  admin  cons.  form.
 *
 * anon: no session; ti: the travailleur indépendant who is the firm's attached client, in their own
 * space; gest…mess: a collaborator of the firm holding that one right, whose sub-portfolio holds the
 * client concerned; hors: a collaborator with every right whose sub-portfolio does not; autre:
 * another firm's administrator; admin: the firm's administrator (owner of the portfolio); cons.:
 * the Conseiller Urssaf; form.: the Formateur (the sandbox's trainer's console). Each cell runs in a world of its own (see authorization-world.ts), so a
 * state change of one cell never decides another's.
 *
 * The endpoints come from the OpenAPI document: an endpoint without a row fails the test.
 */
let sirenCounter = 0;
/** A SIRET no other cell registers (Luhn-valid, 14 digits). */
function freshSiret(): string {
  sirenCounter += 1;
  return luhnComplete(`9${String(Date.now() % 1_000_000).padStart(6, '0')}${String(sirenCounter).padStart(6, '0')}`);
}

const client = (world: World) => `/api/portfolio/clients/${world.attachedClient}`;
/** The collaborator (« consultation » right) that « Gérer les comptes » acts on. */
const account = (world: World) => `/api/firm/accounts/${world.collaboratorId}`;
const card = { cardNumber: '4970 1011 2233 4455', expiry: '12/40', cvc: '123', holder: 'Sophie Martin' };
const iban = 'FR7630006000011234567890189';

/** « Mes cotisations » as `role` reads it (the schedule is created by a first read). */
async function overviewOf(test: TestApp, world: World, role: Role, path: string): Promise<CotisationsOverview> {
  const session = world.sessions[role];
  if (!session) throw new Error(`no session for ${role}`);
  return (await request(test.http).get(path).set('Cookie', `${SESSION_COOKIE}=${session.cookie}`).expect(200)).body as CotisationsOverview;
}

/** The first unpaid instalment of a « Mes cotisations »: there is one on any day (next year's schedule opens on 1 December). */
async function unpaidInstalment(test: TestApp, world: World, role: Role, path: string): Promise<string> {
  const unpaid = (await overviewOf(test, world, role, path)).instalments.find((candidate) => candidate.status !== 'payee' && candidate.amountCents > 0);
  if (!unpaid) throw new Error('no unpaid instalment');
  return unpaid.id;
}

/** The income year a declaration concerns by the sandbox clock, in Paris: never the machine's own calendar. */
async function declarationYear(test: TestApp, world: World, role: Role, path: string): Promise<{ declarationYear: number }> {
  return { declarationYear: (await overviewOf(test, world, role, path)).declarationYear };
}

/** A SEPA mandate to revoke. */
async function signMandate(test: TestApp, world: World, role: Role, path: string): Promise<Record<string, never>> {
  const session = world.sessions[role];
  if (!session) throw new Error(`no session for ${role}`);
  await request(test.http)
    .put(`${path}/prelevement`)
    .set('Cookie', `${SESSION_COOKIE}=${session.cookie}; ${CSRF_COOKIE}=${session.csrf}`)
    .set(CSRF_HEADER, session.csrf)
    .send({ holder: 'Sophie Martin', iban })
    .expect(200);
  return {};
}

//                                               anon  ti   gest cons decl paie mess hors autre admin cons. form.
const CORE_ROWS: Record<string, Row> = {
  'get /api/health': { call: () => ({ path: '/api/health' }), expected: same(200) },

  // Identity: public routes answer everyone alike; the rest needs a session.
  'post /api/auth/login': {
    call: (world) => ({ path: '/api/auth/login', body: { identifier: `admin-${world.tag}@matrice.test`, password: 'Mauvais1' } }),
    expected: same(401),
  },
  'get /api/auth/session': { call: () => ({ path: '/api/auth/session' }), expected: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200] },
  'post /api/auth/logout': { call: () => ({ path: '/api/auth/logout' }), expected: [401, 204, 204, 204, 204, 204, 204, 204, 204, 204, 204, 204] },
  'post /api/auth/space': {
    call: (world) => ({ path: '/api/auth/space', body: { spaceId: world.firmSpaceId } }),
    expected: [401, 404, 200, 200, 200, 200, 200, 200, 404, 200, 404, 404],
  },
  'post /api/auth/password': {
    call: () => ({ path: '/api/auth/password', body: { currentPassword: 'Mauvais1', newPassword: 'Nouveau77' } }),
    expected: [401, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400],
  },
  'get /api/spaces/current': { call: () => ({ path: '/api/spaces/current' }), expected: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 409, 409] },
  'post /api/auth/password-reset/request': {
    call: (world) => ({ path: '/api/auth/password-reset/request', body: { email: `admin-${world.tag}@matrice.test` } }),
    expected: same(202),
  },
  'post /api/auth/password-reset': {
    call: () => ({ path: '/api/auth/password-reset', body: { token: 'inconnu', newPassword: 'Nouveau77' } }),
    expected: same(410),
  },

  // Signup (public).
  'post /api/signup/check-siret': { call: () => ({ path: '/api/signup/check-siret', body: { siret: freshSiret() } }), expected: same(200) },
  'post /api/signup': {
    call: (world) => ({
      path: '/api/signup',
      body: {
        profile: 'tiers-mandate',
        siret: freshSiret(),
        category: 'expert-comptable',
        companyName: 'Cabinet Inscrit',
        civility: 'Mme',
        firstName: 'Inès',
        lastName: 'Inscrite',
        email: `inscrite-${world.tag}-${sirenCounter}@matrice.test`,
      },
    }),
    expected: same(201),
  },
  'post /api/signup/resend': {
    call: (world) => ({ path: '/api/signup/resend', body: { email: `personne-${world.tag}@matrice.test` } }),
    expected: same(202),
  },
  'post /api/signup/validate-email': { call: () => ({ path: '/api/signup/validate-email', body: { token: 'inconnu' } }), expected: same(410) },
  'post /api/signup/password': {
    call: () => ({ path: '/api/signup/password', body: { token: 'inconnu', password: 'Nouveau77' } }),
    expected: same(410),
  },

  // The portfolio: any active member reads (a collaborator within their sub-portfolio); managing needs « gestion ».
  'get /api/portfolio/summary': { call: () => ({ path: '/api/portfolio/summary' }), expected: [401, 403, 200, 200, 200, 200, 200, 200, 200, 200, 403, 403] },
  'get /api/portfolio/clients': { call: () => ({ path: '/api/portfolio/clients' }), expected: [401, 403, 200, 200, 200, 200, 200, 200, 200, 200, 403, 403] },
  'post /api/portfolio/clients': {
    call: (world) => ({ path: '/api/portfolio/clients', body: { kind: 'entreprise', siren: world.freeContributor.siren } }),
    expected: [401, 403, 201, 403, 403, 403, 403, 201, 201, 201, 403, 403],
  },
  'get /api/portfolio/clients/{id}': { call: (world) => ({ path: client(world) }), expected: [401, 403, 200, 200, 200, 200, 200, 404, 404, 200, 403, 403] },
  'delete /api/portfolio/clients/{id}': { call: (world) => ({ path: client(world) }), expected: [401, 403, 204, 403, 403, 403, 403, 404, 404, 204, 403, 403] },
  'post /api/portfolio/clients/{id}/finalise': {
    call: (world) => ({ path: `/api/portfolio/clients/${world.pendingClient}/finalise`, body: { method: 'code', code: newSecurityCode() } }),
    expected: [401, 403, 400, 403, 403, 403, 403, 404, 404, 400, 403, 403],
  },

  // « Mes cotisations » of a client: reading needs a cotisations right, acting its own right.
  'get /api/portfolio/clients/{id}/cotisations': {
    call: (world) => ({ path: `${client(world)}/cotisations` }),
    expected: [401, 403, 403, 200, 200, 200, 403, 404, 404, 200, 403, 403],
  },
  'post /api/portfolio/clients/{id}/cotisations/revenus': {
    prepare: (test, world) => declarationYear(test, world, 'admin', `${client(world)}/cotisations`),
    call: (world) => ({
      path: `${client(world)}/cotisations/revenus`,
      body: { year: (world as World & { declarationYear: number }).declarationYear, incomeCents: 3_000_000 },
    }),
    expected: [401, 403, 403, 403, 200, 403, 403, 404, 404, 200, 403, 403],
  },
  'post /api/portfolio/clients/{id}/cotisations/paiements/carte': {
    prepare: async (test, world) => ({ instalment: await unpaidInstalment(test, world, 'admin', `${client(world)}/cotisations`) }),
    call: (world) => ({ path: `${client(world)}/cotisations/paiements/carte`, body: { ...card, instalmentId: (world as World & { instalment: string }).instalment } }),
    expected: [401, 403, 403, 403, 403, 200, 403, 404, 404, 200, 403, 403],
  },
  'post /api/portfolio/clients/{id}/cotisations/paiements/telepaiement': {
    prepare: async (test, world) => ({ instalment: await unpaidInstalment(test, world, 'admin', `${client(world)}/cotisations`) }),
    call: (world) => ({ path: `${client(world)}/cotisations/paiements/telepaiement`, body: { iban, instalmentId: (world as World & { instalment: string }).instalment } }),
    expected: [401, 403, 403, 403, 403, 200, 403, 404, 404, 200, 403, 403],
  },
  'put /api/portfolio/clients/{id}/cotisations/prelevement': {
    call: (world) => ({ path: `${client(world)}/cotisations/prelevement`, body: { holder: 'Sophie Martin', iban } }),
    expected: [401, 403, 403, 403, 403, 200, 403, 404, 404, 200, 403, 403],
  },
  'delete /api/portfolio/clients/{id}/cotisations/prelevement': {
    prepare: (test, world) => signMandate(test, world, 'admin', `${client(world)}/cotisations`),
    call: (world) => ({ path: `${client(world)}/cotisations/prelevement` }),
    expected: [401, 403, 403, 403, 403, 200, 403, 404, 404, 200, 403, 403],
  },
  'post /api/portfolio/clients/{id}/cotisations/demandes': {
    // A délai is already pending for this client in every world: a recalcul is a new request.
    call: (world) => ({ path: `${client(world)}/cotisations/demandes`, body: { kind: 'recalcul', reason: 'Ses revenus ont baissé cette année' } }),
    expected: [401, 403, 403, 403, 201, 403, 403, 404, 404, 201, 403, 403],
  },

  // The TI's own « Mes cotisations » and accountants.
  'get /api/me/tiers': { call: () => ({ path: '/api/me/tiers' }), expected: [401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403] },
  'get /api/me/cotisations': { call: () => ({ path: '/api/me/cotisations' }), expected: [401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403] },
  'post /api/me/cotisations/revenus': {
    prepare: (test, world) => declarationYear(test, world, 'ti', '/api/me/cotisations'),
    call: (world) => ({ path: '/api/me/cotisations/revenus', body: { year: (world as World & { declarationYear: number }).declarationYear, incomeCents: 3_000_000 } }),
    expected: [401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  },
  'post /api/me/cotisations/paiements/carte': {
    prepare: async (test, world) => ({ instalment: await unpaidInstalment(test, world, 'ti', '/api/me/cotisations') }),
    call: (world) => ({ path: '/api/me/cotisations/paiements/carte', body: { ...card, instalmentId: (world as World & { instalment: string }).instalment } }),
    expected: [401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  },
  'post /api/me/cotisations/paiements/telepaiement': {
    prepare: async (test, world) => ({ instalment: await unpaidInstalment(test, world, 'ti', '/api/me/cotisations') }),
    call: (world) => ({ path: '/api/me/cotisations/paiements/telepaiement', body: { iban, instalmentId: (world as World & { instalment: string }).instalment } }),
    expected: [401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  },
  'put /api/me/cotisations/prelevement': {
    call: () => ({ path: '/api/me/cotisations/prelevement', body: { holder: 'Sophie Martin', iban } }),
    expected: [401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  },
  'delete /api/me/cotisations/prelevement': {
    prepare: (test, world) => signMandate(test, world, 'ti', '/api/me/cotisations'),
    call: () => ({ path: '/api/me/cotisations/prelevement' }),
    expected: [401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  },
  'post /api/me/cotisations/demandes': {
    call: () => ({ path: '/api/me/cotisations/demandes', body: { kind: 'recalcul', reason: 'Mes revenus ont baissé cette année' } }),
    expected: [401, 201, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  },

  // The Conseiller's back-office does not exist for anyone else.
  'get /api/backoffice/pending-spaces': { call: () => ({ path: '/api/backoffice/pending-spaces' }), expected: [401, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 404] },
  'post /api/backoffice/spaces/{id}/finalise': {
    call: (world) => ({ path: `/api/backoffice/spaces/${world.pendingFirmSpaceId}/finalise` }),
    expected: [401, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 404],
  },
  'get /api/backoffice/contribution-requests': {
    call: () => ({ path: '/api/backoffice/contribution-requests' }),
    expected: [401, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 404],
  },
  'post /api/backoffice/contribution-requests/{id}/decision': {
    call: (world) => ({ path: `/api/backoffice/contribution-requests/${world.contributionRequestId}/decision`, body: { decision: 'acceptee', comment: 'Accordé' } }),
    expected: [401, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 404],
  },

  // « Gérer les comptes » and the Historique: the space's active administrators only; another firm's
  // administrator reaches their own space, where this firm's accounts do not exist (404).
  'get /api/firm/accounts': { call: () => ({ path: '/api/firm/accounts' }), expected: [401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403, 403] },
  'post /api/firm/accounts': {
    call: (world) => ({
      path: '/api/firm/accounts',
      body: { role: 'collaborateur', civility: 'M', firstName: 'Noé', lastName: 'Nouveau', email: `nouveau-${world.tag}@matrice.test`, rights: ['paiement'] },
    }),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 201, 201, 403, 403],
  },
  'get /api/firm/accounts/{personId}': { call: (world) => ({ path: account(world) }), expected: [401, 403, 403, 403, 403, 403, 403, 403, 404, 200, 403, 403] },
  'put /api/firm/accounts/{personId}/rights': {
    call: (world) => ({ path: `${account(world)}/rights`, body: { rights: ['paiement'] } }),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 404, 200, 403, 403],
  },
  'put /api/firm/accounts/{personId}/email': {
    call: (world) => ({ path: `/api/firm/accounts/${world.invitedId}/email`, body: { email: `corrige-${world.tag}@matrice.test` } }),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 404, 200, 403, 403],
  },
  'post /api/firm/accounts/{personId}/activation-link': {
    call: (world) => ({ path: `/api/firm/accounts/${world.invitedId}/activation-link` }),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 404, 200, 403, 403],
  },
  'post /api/firm/accounts/{personId}/deactivate': {
    call: (world) => ({ path: `${account(world)}/deactivate` }),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 404, 200, 403, 403],
  },
  'get /api/firm/accounts/{personId}/clients': {
    call: (world) => ({ path: `${account(world)}/clients` }),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 404, 200, 403, 403],
  },
  'get /api/firm/accounts/{personId}/assignable': {
    call: (world) => ({ path: `${account(world)}/assignable` }),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 404, 200, 403, 403],
  },
  'post /api/firm/accounts/{personId}/clients': {
    call: (world) => ({ path: `${account(world)}/clients`, body: { clientIds: [world.outsideClient] } }),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 404, 200, 403, 403],
  },
  'delete /api/firm/accounts/{personId}/clients/{clientId}': {
    call: (world) => ({ path: `${account(world)}/clients/${world.attachedClient}` }),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 404, 204, 403, 403],
  },
  'get /api/firm/audit': { call: () => ({ path: '/api/firm/audit' }), expected: [401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403, 403] },
  'get /api/firm/audit.csv': { call: () => ({ path: '/api/firm/audit.csv' }), expected: [401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403, 403] },
  // The activation link is its own proof: public, the same answer for everyone.
  'get /api/firm/transfer/preview': {
    call: (world) => ({ path: '/api/firm/transfer/preview', query: { from: world.adminId, to: world.newAdminId } }),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 404, 200, 403, 403],
  },
  'post /api/firm/transfer': {
    call: (world) => ({ path: '/api/firm/transfer', body: { from: world.adminId, to: world.newAdminId, password: WORLD_PASSWORD } }),
    expected: [401, 403, 403, 403, 403, 403, 403, 403, 404, 200, 403, 403],
  },
  'post /api/activation/check': { call: () => ({ path: '/api/activation/check', body: { token: 'inconnu' } }), expected: same(410) },
  'post /api/activation': { call: () => ({ path: '/api/activation', body: { token: 'inconnu', password: 'Nouveau77' } }), expected: same(410) },

  // The sandbox: reading the clock, the mailbox and the letters is public in sandbox mode (a
  // trainee opens their own simulated e-mail before having a session); the rest is the Formateur's.
  'get /api/sandbox/clock': { call: () => ({ path: '/api/sandbox/clock' }), expected: same(200) },
  'post /api/sandbox/clock/advance': { call: () => ({ path: '/api/sandbox/clock/advance', body: { minutes: 1 } }), expected: trainerOnly(200) },
  'post /api/sandbox/clock/set': {
    call: () => ({ path: '/api/sandbox/clock/set', body: { at: new Date(Date.now() + 3_600_000).toISOString() } }),
    expected: trainerOnly(200),
  },
  'post /api/sandbox/clock/reset': { call: () => ({ path: '/api/sandbox/clock/reset' }), expected: trainerOnly(200) },
  'get /api/sandbox/recipients': { call: () => ({ path: '/api/sandbox/recipients' }), expected: same(200) },
  'get /api/sandbox/messages': { call: () => ({ path: '/api/sandbox/messages' }), expected: same(200) },
  'get /api/sandbox/messages/{id}': { call: () => ({ path: '/api/sandbox/messages/00000000-0000-4000-8000-000000000000' }), expected: same(404) },
  'post /api/sandbox/messages/{id}/resend': {
    call: () => ({ path: '/api/sandbox/messages/00000000-0000-4000-8000-000000000000/resend' }),
    expected: trainerOnly(404),
  },
  'post /api/sandbox/messages/{id}/lost': {
    call: () => ({ path: '/api/sandbox/messages/00000000-0000-4000-8000-000000000000/lost' }),
    expected: trainerOnly(404),
  },
  'get /api/sandbox/faults': { call: () => ({ path: '/api/sandbox/faults' }), expected: trainerOnly(200) },
  'post /api/sandbox/faults': { call: () => ({ path: '/api/sandbox/faults', body: { kind: 'letter-lost' } }), expected: trainerOnly(200) },
  'delete /api/sandbox/faults/{kind}': { call: () => ({ path: '/api/sandbox/faults/letter-lost' }), expected: trainerOnly(200) },
  // Scenarios and resets: a real reset would empty every world of this database, so the
  // Formateur's cell sends an unknown scenario (400: the request reached the handler).
  'get /api/sandbox/scenarios': { call: () => ({ path: '/api/sandbox/scenarios' }), expected: trainerOnly(200) },
  'post /api/sandbox/resets': { call: () => ({ path: '/api/sandbox/resets', body: { scenario: 'inconnu' } }), expected: trainerOnly(400) },
  'get /api/sandbox/resets/{id}': {
    prepare: async (test) => {
      const [{ id }]: { id: string }[] = await test.dataSource.query(
        `INSERT INTO sandbox_reset (scenario, status, step, total_steps, label, started_at, finished_at)
         VALUES ('demarrage', 'terminee', 6, 6, 'Terminé', now(), now()) RETURNING id`,
      );
      return { resetId: id };
    },
    call: (world) => ({ path: `/api/sandbox/resets/${(world as World & { resetId: string }).resetId}` }),
    expected: trainerOnly(200),
  },
  // The personas: act as the seeded Conseiller (the world's Formateur session is replaced by his).
  'get /api/sandbox/personas': { call: () => ({ path: '/api/sandbox/personas' }), expected: trainerOnly(200) },
  'post /api/sandbox/personas/{key}/act-as': {
    call: () => ({ path: '/api/sandbox/personas/conseiller@urssaf.test/act-as' }),
    expected: trainerOnly(200),
  },
  // Any session may ask to return, but only one opened « en tant que » has a console to return to.
  'post /api/sandbox/personas/return': { call: () => ({ path: '/api/sandbox/personas/return' }), expected: [401, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404] },
  'get /api/sandbox/trainees': { call: () => ({ path: '/api/sandbox/trainees' }), expected: trainerOnly(200) },
  'post /api/sandbox/trainees': { call: () => ({ path: '/api/sandbox/trainees', body: { count: 1 } }), expected: trainerOnly(201) },
  'delete /api/sandbox/trainees': { call: () => ({ path: '/api/sandbox/trainees' }), expected: trainerOnly(204) },
};

/** #7's areas keep their rows in files of their own (testing/matrix-rows/). */
const ROWS: Record<string, Row> = { ...CORE_ROWS, ...MESSAGING_ROWS, ...COMPLAINTS_ROWS, ...HELP_ROWS };

describe('the authorization matrix: every endpoint × every caller', () => {
  let test: TestApp;
  let endpoints: string[];

  beforeAll(async () => {
    test = await createTestApp();
    const document = SwaggerModule.createDocument(test.app, new DocumentBuilder().build());
    endpoints = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations as object)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method} ${path}`),
    );
  });
  afterAll(() => test.close());

  it('has a row for every endpoint of the API, and no row for an endpoint that does not exist', () => {
    expect([...endpoints].sort()).toEqual(Object.keys(ROWS).sort());
  });

  for (const [endpoint, row] of Object.entries(ROWS)) {
    it(`${endpoint}: ${row.expected.join(' ')}`, async () => {
      const [method] = endpoint.split(' ') as [Method];
      const actual: number[] = [];
      for (const role of ROLES) {
        const world = await buildWorld(test.dataSource);
        const prepared = row.prepare ? { ...world, ...(await row.prepare(test, world)) } : world;
        actual.push(await callAs(test.http, prepared, role, { method, ...row.call(prepared) }));
      }
      // One line per endpoint, in the order of the columns: a failure reads like the table.
      expect(actual.join(' ')).toBe(row.expected.join(' '));
    });
  }
});

