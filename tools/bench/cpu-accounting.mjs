// Where the cores went during a measurement window (Linux /proc; null elsewhere): the API's main
// thread, its other threads, its PostgreSQL (its descendants), the bench itself, and the other
// processes of the machine (it may be shared with builds, linters, tests…). Shared by login.mjs,
// portfolio.mjs, transfer.mjs and reset.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { readStat } from './bench-http.mjs';

/** CPU ticks so far of the machine and of each group around the API process `apiPid`. */
export function cpuSnapshot(apiPid) {
  const snapshot = { at: performance.now(), total: 0, idle: 0, ticks: {}, bench: process.cpuUsage() };
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    snapshot.total = fields.reduce((sum, value) => sum + value, 0);
    snapshot.idle = fields[3] + (fields[4] ?? 0);
    const add = (group, ticks) => (snapshot.ticks[group] = (snapshot.ticks[group] ?? 0) + ticks);
    // The API process: its main thread (JavaScript: Nest, Express, pg protocol) and its other
    // threads (libuv's pool, where bcrypt runs, and V8's GC helpers; Node names them all « node »).
    for (const tid of readdirSync(`/proc/${apiPid}/task`)) {
      try {
        add(tid === String(apiPid) ? 'apiMain' : 'apiThreads', readStat(`/proc/${apiPid}/task/${tid}/stat`).ticks);
      } catch {
        // thread gone meanwhile
      }
    }
    const processes = new Map();
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        processes.set(pid, readStat(`/proc/${pid}/stat`));
      } catch {
        // exited meanwhile
      }
    }
    // Its descendants: the embedded PostgreSQL and its back-ends, with the time of the ones that
    // ended (short-lived parallel workers, closed connections), which their parent reaped.
    const queue = [String(apiPid)];
    while (queue.length > 0) {
      const parent = queue.shift();
      for (const [pid, info] of processes) {
        if (String(info.ppid) === parent) {
          queue.push(pid);
          add('postgresql', info.ticks + info.childTicks);
        }
      }
    }
    snapshot.ok = true;
  } catch {
    snapshot.ok = false; // not Linux, or /proc unreadable
  }
  return snapshot;
}

/**
 * Cores used over the window (1.0 = one core busy all along): API main thread, API other threads,
 * PostgreSQL, the bench itself (with `childSeconds` of CPU of a child it ran), and others.
 */
export function cpuDelta(before, after, childSeconds = 0) {
  if (!before.ok || !after.ok) return null;
  const cores = cpus().length;
  const totalTicks = after.total - before.total;
  const wallSeconds = (after.at - before.at) / 1000;
  if (!(totalTicks > 0) || !(wallSeconds > 0)) return null;
  const busyCores = (1 - (after.idle - before.idle) / totalTicks) * cores;
  const groups = {};
  for (const group of ['apiMain', 'apiThreads', 'postgresql']) {
    groups[group] = ((after.ticks[group] ?? 0) - (before.ticks[group] ?? 0)) / (totalTicks / cores);
  }
  const benchMicros = after.bench.user + after.bench.system - before.bench.user - before.bench.system;
  groups.bench = (benchMicros / 1e6 + childSeconds) / wallSeconds;
  groups.others = Math.max(0, busyCores - groups.apiMain - groups.apiThreads - groups.postgresql - groups.bench);
  return { busyCores, cores, wallSeconds, groups };
}

/** CPU ticks (1/100 s) every core spent busy since boot: everything but idle and iowait. */
export function machineBusyTicks() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return fields.reduce((sum, value) => sum + value, 0) - fields[3] - fields[4];
}

/**
 * Waits (up to `timeoutMs`) until the whole machine uses less than `quietCores` over a second;
 * returns what it used last. For benches that have not started their API yet (transfer, reset).
 */
export async function waitForQuietMachine(quietCores, timeoutMs = 60_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const before = machineBusyTicks();
    await new Promise((resolveWait) => setTimeout(resolveWait, 1000));
    const cores = (machineBusyTicks() - before) / 100;
    if (cores <= quietCores || performance.now() > deadline) return cores;
  }
}

/**
 * Waits (up to `seconds`) until the processes other than the API `apiPid`, its PostgreSQL and the
 * bench use at most `quietCores`; says so through `log` once, and when it measures anyway.
 */
export async function waitForQuietAround(apiPid, { quietCores, seconds, log }) {
  const deadline = performance.now() + seconds * 1000;
  let said = false;
  for (;;) {
    const before = cpuSnapshot(apiPid);
    await new Promise((resolveWait) => setTimeout(resolveWait, 1000));
    const foreign = cpuDelta(before, cpuSnapshot(apiPid))?.groups.others;
    if (foreign === undefined || foreign <= quietCores) return;
    if (performance.now() > deadline) {
      log(`  the machine is still busy (other processes: ${foreign.toFixed(2)} core): measuring anyway.`);
      return;
    }
    if (!said) log(`  other processes use ${foreign.toFixed(2)} core: waiting for a quiet machine (up to ${seconds} s)…`);
    said = true;
  }
}
