import { CSRF_COOKIE, CSRF_HEADER, type FirmRight, SESSION_COOKIE } from '@portail/domain';
import { hashSync } from 'bcrypt';
import { createHash, randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createContributor, type ContributorFixture } from './portfolio-fixtures';

/** The columns of the authorization matrix: who calls. */
export const ROLES = [
  'anonyme',
  'ti',
  'collab-gestion',
  'collab-consultation',
  'collab-declaration',
  'collab-paiement',
  'collab-messagerie',
  'collab-hors-perimetre',
  'admin-autre-cabinet',
  'admin',
  'conseiller',
  'formateur',
] as const;
export type Role = (typeof ROLES)[number];

const ONE_RIGHT: Partial<Record<Role, FirmRight>> = {
  'collab-gestion': 'gestion-portefeuille',
  'collab-consultation': 'consultation-cotisations',
  'collab-declaration': 'declaration-revenus',
  'collab-paiement': 'paiement',
  'collab-messagerie': 'messagerie',
};
const ALL_RIGHTS: FirmRight[] = ['gestion-portefeuille', 'consultation-cotisations', 'declaration-revenus', 'paiement', 'messagerie'];

/** Every password of the world (a cheap bcrypt cost: the matrix makes hundreds of worlds). */
export const WORLD_PASSWORD = 'Kp7wZ2qa';

/**
 * One firm and everyone around it, straight in the database, with a session per role: the
 * firm's administrator (owner of the portfolio), a collaborator per right whose sub-portfolio holds
 * the attached and the pending client, a collaborator with every right whose sub-portfolio holds
 * only a third client (« hors périmètre » for the first two), a second active administrator and an
 * invited collaborator (targets of « Gérer les comptes »), another firm's administrator, the TI
 * who is the attached client, the Conseiller, and a Formateur (the sandbox's trainer's console).
 */
export interface World {
  /** Unique per world, for identifiers that must not collide across worlds. */
  tag: string;
  firmSpaceId: string;
  otherFirmSpaceId: string;
  pendingFirmSpaceId: string;
  adminId: string;
  newAdminId: string;
  invitedId: string;
  collaboratorId: string;
  /** Attachment ids in the firm's portfolio. */
  attachedClient: string;
  pendingClient: string;
  outsideClient: string;
  /** A directory contributor nobody has added (for « Ajouter un client »). */
  freeContributor: ContributorFixture;
  contributionRequestId: string;
  sessions: Partial<Record<Role, { cookie: string; csrf: string }>>;
}

async function insertPerson(dataSource: DataSource, tag: string, label: string, extra: { backofficeRole?: string } = {}): Promise<string> {
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO person (email, civility, first_name, last_name, password_hash, email_verified_at, backoffice_role, created_at)
     VALUES ($1, 'Mme', $2, 'Matrice', $3, now(), $4, now()) RETURNING id`,
    [`${label}-${tag}@matrice.test`, label, WORLD_PASSWORD_HASH, extra.backofficeRole ?? null],
  );
  return id;
}
const WORLD_PASSWORD_HASH = hashSync(WORLD_PASSWORD, 4);

async function insertSpace(dataSource: DataSource, kind: string, name: string, status = 'actif'): Promise<string> {
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO space (kind, name, siret, category, status, created_at) VALUES ($1, $2, NULL, $3, $4, now()) RETURNING id`,
    [kind, name, kind === 'tiers' ? 'expert-comptable' : null, status],
  );
  return id;
}

async function member(
  dataSource: DataSource,
  spaceId: string,
  personId: string,
  role: string,
  options: { primary?: boolean; status?: string; rights?: FirmRight[]; portfolioId?: string } = {},
): Promise<void> {
  await dataSource.query(
    `INSERT INTO space_member (space_id, person_id, role, is_primary, status, rights, portfolio_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
    [spaceId, personId, role, options.primary ?? false, options.status ?? 'actif', options.rights ?? [], options.portfolioId ?? null],
  );
}

async function attach(dataSource: DataSource, portfolioId: string, contributor: ContributorFixture, status: string): Promise<string> {
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO attachment (portfolio_id, contributor_id, status, name_key, siren, created_at, attached_at)
     VALUES ($1, $2, $3::attachment_status, 'matrice', $4, now(), CASE WHEN $3::text = 'rattache' THEN now() END) RETURNING id`,
    [portfolioId, contributor.id, status, contributor.siren],
  );
  return id;
}

async function openSession(dataSource: DataSource, personId: string, spaceId: string | null): Promise<{ cookie: string; csrf: string }> {
  const id = randomBytes(32).toString('base64url');
  await dataSource.query(
    `INSERT INTO session (id_hash, person_id, space_id, must_change_password, created_at, last_seen_at) VALUES ($1, $2, $3, false, now(), now())`,
    [createHash('sha256').update(id, 'utf8').digest(), personId, spaceId],
  );
  return { cookie: id, csrf: randomBytes(24).toString('base64url') };
}

export async function buildWorld(dataSource: DataSource): Promise<World> {
  const tag = randomBytes(5).toString('hex');
  const firmSpaceId = await insertSpace(dataSource, 'tiers', `Cabinet Matrice ${tag}`);
  const adminId = await insertPerson(dataSource, tag, 'admin');
  await member(dataSource, firmSpaceId, adminId, 'administrateur', { primary: true });
  const [{ id: portfolioId }]: { id: string }[] = await dataSource.query(
    `INSERT INTO portfolio (space_id, owner_person_id, created_at) VALUES ($1, $2, now()) RETURNING id`,
    [firmSpaceId, adminId],
  );
  const newAdminId = await insertPerson(dataSource, tag, 'nouvel-admin');
  await member(dataSource, firmSpaceId, newAdminId, 'administrateur');
  const invitedId = await insertPerson(dataSource, tag, 'invite');
  await dataSource.query(`UPDATE person SET password_hash = NULL, email_verified_at = NULL WHERE id = $1`, [invitedId]);
  await member(dataSource, firmSpaceId, invitedId, 'collaborateur', { status: 'invite', rights: ['consultation-cotisations'], portfolioId });

  const tiPersonId = await insertPerson(dataSource, tag, 'ti');
  const tiSpaceId = await insertSpace(dataSource, 'travailleur-independant', 'TI Matrice');
  await member(dataSource, tiSpaceId, tiPersonId, 'titulaire');
  const attachedContributor = await createContributor(dataSource, { personId: tiPersonId });
  const attachedClient = await attach(dataSource, portfolioId, attachedContributor, 'rattache');
  const pendingClient = await attach(dataSource, portfolioId, await createContributor(dataSource), 'en-attente');
  await dataSource.query(`UPDATE attachment SET security_code_hash = $2 WHERE id = $1`, [pendingClient, WORLD_PASSWORD_HASH]);
  const outsideClient = await attach(dataSource, portfolioId, await createContributor(dataSource), 'rattache');

  const sessions: World['sessions'] = {};
  let collaboratorId = '';
  for (const role of ROLES) {
    const right = ONE_RIGHT[role];
    if (!right && role !== 'collab-hors-perimetre') continue;
    const personId = await insertPerson(dataSource, tag, role);
    await member(dataSource, firmSpaceId, personId, 'collaborateur', { rights: right ? [right] : ALL_RIGHTS, portfolioId });
    const clients = right ? [attachedClient, pendingClient] : [outsideClient];
    await dataSource.query(
      `INSERT INTO client_assignment (person_id, attachment_id, assigned_at) SELECT $1, unnest($2::uuid[]), now()`,
      [personId, clients],
    );
    if (role === 'collab-consultation') collaboratorId = personId;
    sessions[role] = await openSession(dataSource, personId, firmSpaceId);
  }

  const otherFirmSpaceId = await insertSpace(dataSource, 'tiers', `Autre Cabinet ${tag}`);
  const otherAdminId = await insertPerson(dataSource, tag, 'autre-admin');
  await member(dataSource, otherFirmSpaceId, otherAdminId, 'administrateur', { primary: true });
  const [{ id: otherPortfolioId }]: { id: string }[] = await dataSource.query(
    `INSERT INTO portfolio (space_id, owner_person_id, created_at) VALUES ($1, $2, now()) RETURNING id`,
    [otherFirmSpaceId, otherAdminId],
  );
  await attach(dataSource, otherPortfolioId, await createContributor(dataSource), 'en-attente');

  const pendingFirmSpaceId = await insertSpace(dataSource, 'tiers', `Cabinet en attente ${tag}`, 'en-attente-parametrage');
  await member(dataSource, pendingFirmSpaceId, await insertPerson(dataSource, tag, 'en-attente'), 'administrateur', { primary: true });

  const conseillerId = await insertPerson(dataSource, tag, 'conseiller', { backofficeRole: 'conseiller' });
  const [{ id: contributionRequestId }]: { id: string }[] = await dataSource.query(
    `INSERT INTO contribution_request (contributor_id, kind, reason, created_at, filed_by_person_id, filed_by_label)
     VALUES ($1, 'delai', 'Difficultés de trésorerie', now(), $2, 'Cabinet Matrice') RETURNING id`,
    [attachedContributor.id, adminId],
  );

  sessions.admin = await openSession(dataSource, adminId, firmSpaceId);
  sessions['admin-autre-cabinet'] = await openSession(dataSource, otherAdminId, otherFirmSpaceId);
  sessions.ti = await openSession(dataSource, tiPersonId, tiSpaceId);
  sessions.conseiller = await openSession(dataSource, conseillerId, null);
  sessions.formateur = await openSession(dataSource, await insertPerson(dataSource, tag, 'formateur', { backofficeRole: 'formateur' }), null);
  return {
    tag,
    firmSpaceId,
    otherFirmSpaceId,
    pendingFirmSpaceId,
    adminId,
    newAdminId,
    invitedId,
    collaboratorId,
    attachedClient,
    pendingClient,
    outsideClient,
    freeContributor: await createContributor(dataSource),
    contributionRequestId,
    sessions,
  };
}

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One request as `role`, with its session cookie and the CSRF double submit a browser would send. */
export async function callAs(
  http: Server,
  world: World,
  role: Role,
  call: { method: Method; path: string; body?: unknown; query?: Record<string, string> },
): Promise<number> {
  const session = world.sessions[role];
  const csrf = session?.csrf ?? randomBytes(24).toString('base64url');
  const cookies = [`${CSRF_COOKIE}=${csrf}`, ...(session ? [`${SESSION_COOKIE}=${session.cookie}`] : [])];
  let pending = request(http)[call.method](call.path).set('Cookie', cookies.join('; ')).set(CSRF_HEADER, csrf);
  if (call.query) pending = pending.query(call.query);
  const response = call.body === undefined ? await pending : await pending.send(call.body as object);
  return response.status;
}
