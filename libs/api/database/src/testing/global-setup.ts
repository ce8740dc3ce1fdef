import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../lib/embedded-postgres';
import { withDatabase } from '../lib/database-url';
import { ensureDatabase } from '../lib/ensure-database';
import { runMigrations } from '../lib/run-migrations';
import { TEMPLATE_DATABASE } from './test-database';

/**
 * One real PostgreSQL for the whole API test run: migrated once into a template database,
 * from which every test file clones its own database in a few milliseconds.
 * An external server is used instead when TEST_DATABASE_URL is set.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env['TEST_DATABASE_URL'];
  let stop = async () => undefined as void;
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    // Under the system temp folder: its parents are traversable by the `postgres` user when run as root.
    const dataDir = await mkdtemp(join(tmpdir(), 'portail-tiers-test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, persistent: false, fastUnsafe: true });
    adminUrl = server.url;
    stop = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  await ensureDatabase(adminUrl, TEMPLATE_DATABASE);
  await runMigrations(withDatabase(adminUrl, TEMPLATE_DATABASE));
  project.provide('postgresAdminUrl', adminUrl);
  return stop;
}
