// HTTP and measurement helpers shared by the benchmarks (login, portfolio, transfer) and tools/crash.
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';

/** A free TCP port of 127.0.0.1, for the API a benchmark starts. */
export function freePort() {
  return new Promise((resolvePort, rejectPort) => {
    const server = createServer();
    server.on('error', rejectPort);
    server.listen(0, '127.0.0.1', () => {
      const { port: chosen } = server.address();
      server.close(() => resolvePort(chosen));
    });
  });
}

/** `send(agent, method, path, { body, headers })` against `base`: status, headers and text of the answer. */
export function httpSender(base) {
  return (agent, method, path, { body, headers = {} } = {}) =>
    new Promise((resolveSend, rejectSend) => {
      const request = httpRequest(
        `${base}${path}`,
        { method, agent, headers: body ? { ...headers, 'Content-Length': Buffer.byteLength(body) } : headers, timeout: 30_000 },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolveSend({ status: response.statusCode, headers: response.headers, body: text }));
          response.on('error', rejectSend);
        },
      );
      request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
      request.on('error', rejectSend);
      request.end(body);
    });
}

/** Waits for GET /api/health to answer 200; `exited()` gives the API's exit when it died at start-up. */
export async function waitForHealth(send, exited, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (exited()) throw new Error(`the API exited at start-up (${JSON.stringify(exited())})`);
    try {
      if ((await send(undefined, 'GET', '/api/health')).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  throw new Error(`/api/health did not answer 200 within ${timeoutMs / 1000} s`);
}

/** Parent pid and CPU ticks (user + system) of /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat. */
export function readStat(path) {
  const text = readFileSync(path, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), childTicks: Number(fields[13]) + Number(fields[14]) };
}

export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? NaN };
}

/** « 0 », or « 3 × 401, 1 × TIMEOUT ». */
export function errorsText(errors) {
  const entries = Object.entries(errors ?? {});
  return entries.length === 0 ? '0' : entries.map(([status, count]) => `${count} × ${status}`).join(', ');
}
