import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const BUILT_API = `${ROOT}dist/apps/api/main.js`;
/** main.ts serves the portal from here when PORTAL_DIR is unset. */
export const BUILT_PORTAL_INDEX = `${ROOT}dist/apps/portal/browser/index.html`;

// Settings of the developer's shell or of the test runner that would make the process differ
// from what `npm start` runs.
const INHERITED_SETTINGS = ['PORTAL_DIR', 'DATA_DIR', 'SMTP_URL', 'PUBLIC_URL', 'HOST', 'LOGIN_ATTEMPTS_PER_IP_PER_MINUTE', 'NODE_ENV'];

export interface BuiltAppOptions {
  databaseUrl: string;
  /** More environment variables (SANDBOX, LOG_LEVEL, BCRYPT_COST…). */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

export interface BuiltAppExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BuiltApp {
  /** e.g. http://127.0.0.1:41234, without a trailing slash. */
  baseUrl: string;
  /** Everything the process wrote so far, stdout and stderr. */
  output(): string;
  /** SIGTERM, then its exit; the same exit on every call. */
  stop(): Promise<BuiltAppExit>;
}

/**
 * `node dist/apps/api/main.js` as users start it (the portal of dist served, no PORTAL_DIR),
 * against a migrated database, on a free port of 127.0.0.1; resolves once /api/health answers 200.
 */
export async function startBuiltApp({ databaseUrl, env = {}, startTimeoutMs = 120_000 }: BuiltAppOptions): Promise<BuiltApp> {
  const missing = [BUILT_API, BUILT_PORTAL_INDEX].filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`The build is missing (${missing.join(', ')}): run npm run build first.`);
  const port = await freePort();
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && !INHERITED_SETTINGS.includes(name));
  const childEnv = { ...Object.fromEntries(inherited), ...env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1' };
  const child = spawn(process.execPath, [BUILT_API], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<BuiltAppExit>((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  let exit: BuiltAppExit | null = null;
  void exited.then((value) => (exit = value));

  const baseUrl = `http://127.0.0.1:${port}`;
  let stopping: Promise<BuiltAppExit> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      if (!exit) child.kill('SIGTERM');
      const timeout = new Promise<null>((resolveTimeout) => setTimeout(() => resolveTimeout(null), 20_000).unref());
      const result = await Promise.race([exited, timeout]);
      if (result) return result;
      child.kill('SIGKILL');
      throw new Error(`the built API did not stop within 20 s of SIGTERM:\n${output}`);
    })());

  const deadline = Date.now() + startTimeoutMs;
  while (!(await isHealthy(baseUrl))) {
    if (exit || Date.now() > deadline) {
      const why = exit ? `exited at start-up (${JSON.stringify(exit)})` : `did not answer /api/health within ${startTimeoutMs / 1000} s`;
      await stop().catch(() => undefined);
      throw new Error(`the built API ${why}:\n${output}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  return { baseUrl, output: () => output, stop };
}

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`);
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, rejectPort) => {
    const server = createServer();
    server.on('error', rejectPort);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : rejectPort(new Error('no port'))));
    });
  });
}
