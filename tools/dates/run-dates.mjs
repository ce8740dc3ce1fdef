#!/usr/bin/env node
/**
 * `npm run test:dates`: the domain and API suites (on their real, embedded PostgreSQL) run again
 * with the clock of the whole process tree moved by Debian's faketime — Node, the test workers and
 * PostgreSQL's now() alike — to the calendar's awkward moments, each under another time zone, so
 * that a test or a rule that reads the real calendar, or the machine's zone, fails here first.
 *
 *   npm run test:dates                      every moment below
 *   npm run test:dates -- --only 2027-01-01T00:10,2028-02-29   the moments whose date starts so
 *   npm run test:dates -- --ci              the moments CI runs (New Year in Paris, the leap day)
 *
 * Logs: dist/dates/<moment>.log. Exit code: non-zero when a moment fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** UTC instants, and the zone the machine pretends to be in for each. */
const MOMENTS = [
  { at: '2026-12-20T10:00', zone: 'Pacific/Kiritimati', why: 'after the year’s last instalment (UTC+14)' },
  { at: '2026-12-31T23:10', zone: 'America/Los_Angeles', why: 'New Year in Paris, still 31 December in UTC (UTC−8)' },
  { at: '2027-01-01T00:10', zone: 'Europe/Paris', why: 'New Year in UTC' },
  { at: '2028-02-29T12:00', zone: 'Asia/Kolkata', why: 'a leap day (UTC+5:30)' },
  { at: '2027-03-28T00:30', zone: 'Europe/Paris', why: 'the night summer time starts in Paris' },
  { at: '2027-10-31T00:30', zone: 'UTC', why: 'the night summer time ends in Paris' },
];
const CI_MOMENTS = ['2026-12-31T23:10', '2028-02-29T12:00'];

function chosenMoments(argv) {
  if (argv.includes('--ci')) return MOMENTS.filter((moment) => CI_MOMENTS.includes(moment.at));
  const only = argv.indexOf('--only');
  if (only === -1) return MOMENTS;
  const prefixes = (argv[only + 1] ?? '').split(',').filter(Boolean);
  const chosen = MOMENTS.filter((moment) => prefixes.some((prefix) => moment.at.startsWith(prefix)));
  if (chosen.length === 0) {
    console.error(`Aucun moment ne correspond à « ${prefixes.join(', ')} » ; moments connus : ${MOMENTS.map((moment) => moment.at).join(', ')}.`);
    process.exit(2);
  }
  return chosen;
}

function requireFaketime() {
  if (spawnSync('faketime', ['--version'], { stdio: 'ignore' }).error) {
    console.error('faketime est introuvable : installez-le (apt-get install faketime) pour lancer npm run test:dates.');
    process.exit(2);
  }
}

/** Runs the suites under the moment's clock and zone; resolves with the exit code and vitest's closing counts. */
function runAt(moment, logFile) {
  return new Promise((resolvePromise) => {
    const log = createWriteStream(logFile);
    const child = spawn('faketime', [`${moment.at.replace('T', ' ')}:00 UTC`, 'npx', 'vitest', 'run', '--project', 'domain', '--project', 'api'], {
      cwd: root,
      env: { ...process.env, TZ: moment.zone, NX_DAEMON: 'false', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        log.write(chunk);
      });
    }
    child.on('close', (code) => {
      log.end();
      // eslint-disable-next-line no-control-regex -- vitest's colours, whatever NO_COLOR says
      output = output.replace(/\u001b\[[0-9;]*m/g, '');
      const tests = /Tests\s+(.*)/.exec(output)?.[1]?.trim() ?? 'aucun décompte';
      const failures = [...output.matchAll(/FAIL\s+(.*)/g)].map((match) => match[1].trim());
      resolvePromise({ code: code ?? 1, tests, failures: [...new Set(failures)] });
    });
  });
}

requireFaketime();
const moments = chosenMoments(process.argv.slice(2));
const logs = join(root, 'dist', 'dates');
mkdirSync(logs, { recursive: true });
const results = [];
for (const moment of moments) {
  const logFile = join(logs, `${moment.at.replace(':', 'h')}.log`);
  console.log(`== ${moment.at} UTC, TZ=${moment.zone} — ${moment.why}`);
  const started = Date.now();
  const result = await runAt(moment, logFile);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`   ${result.code === 0 ? 'réussi' : 'ÉCHEC'} en ${seconds} s : ${result.tests}  (journal : ${logFile})`);
  for (const failure of result.failures.slice(0, 20)) console.log(`   FAIL ${failure}`);
  results.push({ ...moment, ...result, seconds });
}

console.log('\nRésumé des dates :');
for (const result of results) {
  console.log(`  ${result.at} UTC  ${result.zone.padEnd(20)} ${result.code === 0 ? 'réussi' : 'ÉCHEC '}  ${result.tests}  (${result.seconds} s)`);
}
const failed = results.filter((result) => result.code !== 0);
console.log(`Dates : ${results.length - failed.length} réussie(s), ${failed.length} en échec.`);
process.exit(failed.length === 0 ? 0 : 1);
