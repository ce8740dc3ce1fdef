import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../migrations';

/**
 * The one place that says how the API talks to PostgreSQL; used by the Nest module,
 * the TypeORM CLI data source, the tests and the tools. Never `synchronize`:
 * the schema only changes through migrations.
 */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    applicationName: 'portail-tiers',
    extra: {
      max: 20,
      connectionTimeoutMillis: 5_000,
      // A dead server must not pin a request for ever: statements give up and the request answers 503.
      statement_timeout: 15_000,
    },
  };
}
