// What the benches that start their own PostgreSQL and API share around their measurements:
// running them with a failure report, the statistics of a series, and their section of
// docs/PERFORMANCE.md. Used by transfer.mjs and reset.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { tail } from '../crash/transfer-harness.mjs';

/**
 * Runs the measurement, then `cleanUp` (stops the API and PostgreSQL, removes the temporary
 * directory) whatever happens. On failure: the error, the API's last lines, exit code 1.
 */
export async function runBench(run, { cleanUp, logPath }) {
  let results;
  try {
    results = await run();
  } catch (error) {
    console.error(`Bench failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    console.error(`--- last lines of the API output ---\n${tail(logPath, 30)}`);
    await cleanUp();
    process.exit(1);
  }
  await cleanUp();
  return results;
}

/** Median (mean of the two middle values for an even count), min and max of the finite values. */
export function seriesStats(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { min: sorted[0], median, max: sorted.at(-1), count: sorted.length };
}

/**
 * Replaces the bench's section (between `<!-- name:start -->` and `<!-- name:end -->`) of the
 * document, or appends it after `intro` the first time. `dryRun` only prints it.
 */
export function writeDocSection(docPath, { name, intro, section, dryRun = false }) {
  if (dryRun) {
    console.log(section);
    return;
  }
  const doc = readFileSync(docPath, 'utf8');
  const markers = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  const updated = markers.test(doc) ? doc.replace(markers, () => section) : `${doc.trimEnd()}\n\n${intro}\n\n${section}\n`;
  writeFileSync(docPath, updated);
  console.log(section);
  console.log(`\nWritten to ${docPath}.`);
}
