import { expect, test } from '@playwright/test';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { trainerCookies } from './support/trainer';

const workspaceRoot = resolve(__dirname, '../../..');

/** The production server as `npm start` runs it, on its own port and data directory. */
function startServer(port: number, dataDir: string, extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: workspaceRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function waitForHealth(baseUrl: string): Promise<void> {
  await expect
    .poll(async () => (await fetch(`${baseUrl}/api/health`).catch(() => null))?.status, { timeout: 60_000 })
    .toBe(200);
}

function exitOf(server: ChildProcess): Promise<number | null> {
  return new Promise((resolveExit) => server.once('exit', (code) => resolveExit(code)));
}

test.describe('the production server process', () => {
  test('stops its embedded PostgreSQL cleanly on SIGTERM and keeps the sandbox clock across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portail-tiers-lifecycle-'));
    const port = 4320;
    const baseUrl = `http://127.0.0.1:${port}`;
    try {
      let server = startServer(port, dataDir);
      await waitForHealth(baseUrl);
      // Only the Formateur moves the clock.
      const trainer = await trainerCookies(baseUrl);
      const advanced = await fetch(`${baseUrl}/api/sandbox/clock/advance`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: trainer.cookie, 'x-csrf-token': trainer.csrf },
        body: JSON.stringify({ hours: 25 }),
      });
      expect(advanced.status).toBe(200);

      const stopped = exitOf(server);
      server.kill('SIGTERM');
      expect(await stopped).toBe(0);
      // PostgreSQL removes its pid file when it shuts down cleanly.
      expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);

      server = startServer(port, dataDir);
      await waitForHealth(baseUrl);
      const clock = (await (await fetch(`${baseUrl}/api/sandbox/clock`)).json()) as { offsetMs: number };
      expect(clock.offsetMs).toBe(25 * 3_600_000);
      const stoppedAgain = exitOf(server);
      server.kill('SIGINT');
      expect(await stoppedAgain).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('refuses to start on a malformed variable, naming it', async () => {
    const server = startServer(4321, join(tmpdir(), 'unused'), { PORT: 'quatre-mille' });
    let stderr = '';
    server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exitOf(server)).toBe(1);
    expect(stderr).toContain('PORT doit être un nombre entier');
  });
});
