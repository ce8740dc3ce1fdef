import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

const workspaceRoot = resolve(import.meta.dirname, '../..');
const port = Number(process.env['E2E_PORT'] ?? 4310);
const baseURL = `http://localhost:${port}/`;
// One fresh embedded database per run; workers inherit the variable, so they agree on it.
process.env['E2E_DATA_DIR'] ??= mkdtempSync(join(tmpdir(), 'portail-tiers-e2e-'));

/**
 * Browser journeys against the production build (API serving the built portal on one port,
 * embedded PostgreSQL), in Debian's Chromium: no browser download on our machines.
 */
export default defineConfig({
  testDir: './src',
  outputDir: join(workspaceRoot, 'dist/e2e/test-results'),
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: join(workspaceRoot, 'dist/e2e/report') }]],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1366, height: 900 },
    // Material skips its transitions under reduced motion: axe then reads colours at rest, not mid-fade.
    contextOptions: { reducedMotion: 'reduce' },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      // Without the networking flags Chromium floods a closed network with refused connections.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node dist/apps/api/main.js',
    cwd: workspaceRoot,
    url: `${baseURL}api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: process.env['E2E_DATA_DIR'], LOG_LEVEL: 'warn' },
  },
});
