export { startEmbeddedPostgres, type RunningPostgres, type EmbeddedPostgresOptions } from './lib/embedded-postgres';
export { dataSourceOptions } from './lib/data-source-options';
export { ensureDatabase } from './lib/ensure-database';
export { runMigrations } from './lib/run-migrations';
export { migrations } from './migrations';
export { withDatabase } from './lib/database-url';
