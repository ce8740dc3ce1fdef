#!/usr/bin/env node
// The bcrypt bound for tools/bench/login.mjs: how many bare `bcrypt.compare(password, hash)` this
// machine completes per second at a given cost and concurrency, with the same bcrypt package the
// API uses. Run in its own process (login.mjs spawns it) so that nothing else shares its libuv
// thread pool, which is where bcrypt's native work runs (UV_THREADPOOL_SIZE, default 4).
// Usage: node tools/bench/bcrypt-baseline.mjs --cost 12 --concurrency 4 --seconds 20 --password Bilan024
// Prints one line of JSON: { compares, elapsedMs, perSecond, latencyMs: { p50, p99 }, cpuSeconds }.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '../..');
const bcrypt = createRequire(resolve(root, 'package.json'))('bcrypt');

const { values } = parseArgs({
  options: {
    cost: { type: 'string', default: '12' },
    concurrency: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '20' },
    password: { type: 'string', default: 'Bilan024' },
  },
});
const cost = Number(values.cost);
const concurrency = Number(values.concurrency);
const durationMs = Number(values.seconds) * 1000;

const hash = await bcrypt.hash(values.password, cost);
// One compare first, outside the window (loads the code paths, checks the hash matches).
if (!(await bcrypt.compare(values.password, hash))) throw new Error('bcrypt.compare refused its own hash');

const latencies = [];
const start = performance.now();
const deadline = start + durationMs;
async function worker() {
  while (performance.now() < deadline) {
    const sent = performance.now();
    const matches = await bcrypt.compare(values.password, hash);
    const done = performance.now();
    if (!matches) throw new Error('bcrypt.compare returned false');
    // Same rule as the login storm: only what completes inside the window counts.
    if (done <= deadline) latencies.push(done - sent);
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));

const usage = process.cpuUsage();
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil(q * latencies.length) - 1))] ?? NaN;
console.log(
  JSON.stringify({
    compares: latencies.length,
    elapsedMs: durationMs,
    perSecond: latencies.length / (durationMs / 1000),
    latencyMs: { p50: at(0.5), p99: at(0.99) },
    // This process's own CPU (all threads), so that the caller can tell other load on the machine apart.
    cpuSeconds: (usage.user + usage.system) / 1e6,
  }),
);
