import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InvalidSettingsError, loadSettings, type AppSettings } from '@portail/api-core';
import { ensureDatabase, runMigrations, startEmbeddedPostgres, type RunningPostgres } from '@portail/api-database';
import { createApplication } from './bootstrap/create-application';

const DATABASE = 'portail';

async function bootstrap(): Promise<void> {
  const settings = readSettingsOrExit();
  let embedded: RunningPostgres | null = null;
  let databaseUrl = settings.databaseUrl;
  if (!databaseUrl) {
    const dataDir = settings.dataDir ?? resolve(process.cwd(), '.data/postgres');
    console.log(`PostgreSQL intégré : démarrage (données dans ${dataDir})…`);
    embedded = await startEmbeddedPostgres({ dataDir });
    await ensureDatabase(embedded.url, DATABASE);
    databaseUrl = embedded.urlFor(DATABASE);
  }
  await runMigrations(databaseUrl);

  const portalDir = settings.portalDir ?? defaultPortalDir();
  const app = await createApplication({ ...settings, databaseUrl, portalDir });
  // Before listening: a SIGTERM that arrives as soon as the port answers still stops cleanly.
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} reçu : arrêt du portail…`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
  await app.listen(settings.port, settings.host);

  const url = `http://localhost:${settings.port}/`;
  // pino writes asynchronously: let the start-up log lines go out first, so that the address
  // is the last thing a newcomer sees.
  await new Promise((resolveDelay) => setTimeout(resolveDelay, 300));
  console.log(
    [
      '',
      `  Portail Tiers est prêt : ${url}`,
      portalDir ? '' : "  (portail non construit : seule l'API répond — lancez « npm start » pour tout construire)",
      `  API : ${url}api   ·   documentation OpenAPI : ${url}api/docs   ·   santé : ${url}api/health`,
      `  Bac à sable : ${settings.sandbox ? 'activé' : 'désactivé'}   ·   base : ${embedded ? 'PostgreSQL intégré' : 'DATABASE_URL'}`,
      '  Ctrl-C pour arrêter.',
      '',
    ]
      .filter((line, index, all) => line !== '' || index === 0 || index === all.length - 1)
      .join('\n'),
  );

}

function readSettingsOrExit(): AppSettings {
  try {
    return loadSettings(process.env);
  } catch (error) {
    if (error instanceof InvalidSettingsError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** The production build puts the portal beside the API: dist/apps/portal/browser. */
function defaultPortalDir(): string | null {
  const candidate = join(__dirname, '..', 'portal', 'browser');
  return existsSync(join(candidate, 'index.html')) ? candidate : null;
}

bootstrap().catch((error: unknown) => {
  console.error('Le portail n’a pas pu démarrer :', error instanceof Error ? error.message : error);
  process.exit(1);
});
