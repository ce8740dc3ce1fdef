/**
 * Fills a firm's portfolio with generated clients of the simulated directory: a training scenario
 * or a benchmark (tools/bench/portfolio.mjs) of a big firm.
 *
 *   npx nx build api
 *   DATABASE_URL=postgres://… node dist/apps/api/seed-portfolio.js --firm-siret 44306184100013 --clients 100000 [--first-index 1000]
 *
 * Contributors are generatedEntry(first index + i), written by the API's own DirectoryWriter (same
 * SQL, secret answers normalised then bcrypt-hashed at BCRYPT_COST, each distinct answer once),
 * then attached to the firm's portfolio (created when missing, owned by the space's primary
 * member) with a status mix of 80 % rattachés, 17 % en attente, 3 % bloqués. One transaction per
 * batch; a second run with the same indices adds nothing (every insert skips what exists).
 * Then ANALYZE, so that the planner knows the new sizes at once.
 *
 * The same environment as the API (read and checked by the same code): DATABASE_URL (required
 * here), BCRYPT_COST (12 to 15, default 12), SANDBOX (default true: dates follow the sandbox clock).
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Clock, InvalidSettingsError, loadSettings, type AppSettings } from '@portail/api-core';
import { dataSourceOptions } from '@portail/api-database';
import { PasswordHasher } from '@portail/api-identity';
import { contributorName, DirectoryWriter, generatedEntry, nameKey } from '@portail/api-portfolio';
import type { AttachmentStatus } from '@portail/domain';
import { DataSource } from 'typeorm';

/** The sandbox generates entries 0 to 399 (GENERATED_SANDBOX_CONTRIBUTORS); leave room above them. */
const DEFAULT_FIRST_INDEX = 1_000;
const DEFAULT_BATCH = 10_000;
const MAX_CLIENTS = 500_000;
/** Out of 100, by a stride that spreads each status over the whole alphabet. */
const STATUS_MIX: { status: AttachmentStatus; percent: number }[] = [
  { status: 'rattache', percent: 80 },
  { status: 'en-attente', percent: 17 },
  { status: 'bloque', percent: 3 },
];
/** Clients were added over time: one every 10 minutes back from now (100,000 ≈ 2 years). */
const ADDED_EVERY_MINUTES = 10;

const USAGE = `Usage : DATABASE_URL=postgres://… node dist/apps/api/seed-portfolio.js --firm-siret <SIRET> --clients <nombre> [--first-index ${DEFAULT_FIRST_INDEX}] [--batch ${DEFAULT_BATCH}]`;

interface Options {
  firmSiret: string;
  clients: number;
  firstIndex: number;
  batch: number;
}

interface Firm {
  space_id: string;
  name: string;
  status: string;
  owner: string;
  portfolio_id: string | null;
}

async function main(): Promise<void> {
  const options = readOptions();
  const settings = readSettings();
  const databaseUrl = settings.databaseUrl;
  if (!databaseUrl) fail(`DATABASE_URL est obligatoire.\n${USAGE}`);
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  try {
    const clock = new Clock(dataSource, settings);
    const writer = new DirectoryWriter(new PasswordHasher(settings), clock);
    const firm = await findFirm(dataSource, options.firmSiret);
    if (firm.status !== 'actif') console.warn(`Attention : l'espace « ${firm.name} » n'est pas finalisé (${firm.status}) ; son portefeuille restera inaccessible jusque-là.`);
    const portfolioId = firm.portfolio_id ?? (await createPortfolio(dataSource, clock, firm));
    console.log(
      `Portefeuille de « ${firm.name} » (SIRET ${options.firmSiret}) : ${formatCount(options.clients)} clients générés ` +
        `(entrées ${formatCount(options.firstIndex)} à ${formatCount(options.firstIndex + options.clients - 1)}), par lots de ${formatCount(options.batch)}.`,
    );

    const entries = (from: number, count: number) => Array.from({ length: count }, (_, offset) => generatedEntry(from + offset));
    // Generated entries draw their answers from a small pool: each distinct answer is hashed once
    // for the whole run (DirectoryWriter.hashAnswers, keyed by the normalised answer), before the
    // batch's transaction. `seen` holds the answers as written, already hashed.
    const answerHashes = new Map<string, string>();
    const seen = new Set<string>();
    let contributors = 0;
    let attached = 0;
    for (let done = 0; done < options.clients; done += options.batch) {
      const count = Math.min(options.batch, options.clients - done);
      const batch = entries(options.firstIndex + done, count);
      const unhashed = batch.filter((entry) => entry.secretQuestions.some(({ answer }) => !seen.has(answer)));
      if (unhashed.length > 0) {
        for (const [answer, hash] of await writer.hashAnswers(unhashed)) answerHashes.set(answer, hash);
        for (const entry of unhashed) for (const { answer } of entry.secretQuestions) seen.add(answer);
        console.log(`  ${answerHashes.size} réponses secrètes distinctes hachées (bcrypt, coût ${settings.bcryptCost}) (${elapsed()})`);
      }
      await dataSource.transaction(async (transaction) => {
        const inserted = await writer.insert(transaction, batch, answerHashes);
        contributors += inserted.size;
        const now = await clock.now(transaction);
        const [{ count: added }]: { count: number }[] = await transaction.query(
          `WITH wanted AS (
             SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS wanted(ti_number, status, name_key, minutes_ago)
           ), added AS (
             INSERT INTO attachment (portfolio_id, contributor_id, status, name_key, siren, failed_tries, added_by, created_at, attached_at)
             SELECT $1, contributor.id, wanted.status::attachment_status, wanted.name_key, contributor.siren,
                    CASE WHEN wanted.status = 'bloque' THEN 5 ELSE 0 END, $6,
                    $7::timestamptz - wanted.minutes_ago * interval '1 minute',
                    CASE WHEN wanted.status = 'rattache'
                         THEN least($7::timestamptz, $7::timestamptz - wanted.minutes_ago * interval '1 minute' + interval '2 days') END
               FROM wanted JOIN contributor ON contributor.ti_number = wanted.ti_number
             ON CONFLICT DO NOTHING
             RETURNING 1
           )
           SELECT count(*)::int AS count FROM added`,
          [
            portfolioId,
            batch.map((entry) => entry.tiNumber),
            batch.map((_, offset) => statusOf(done + offset)),
            batch.map((entry) => nameKey(contributorName(entry))),
            batch.map((_, offset) => (options.clients - done - offset) * ADDED_EVERY_MINUTES),
            firm.owner,
            now,
          ],
        );
        attached += added;
      });
      console.log(
        `  ${formatCount(done + count)} / ${formatCount(options.clients)} : ${formatCount(contributors)} cotisants ajoutés à l'annuaire, ` +
          `${formatCount(attached)} clients ajoutés au portefeuille (${elapsed()})`,
      );
    }

    await dataSource.query('ANALYZE contributor, establishment, attachment');
    const counts: { status: AttachmentStatus; count: number }[] = await dataSource.query(
      `SELECT status, count(*)::int AS count FROM attachment WHERE portfolio_id = $1 GROUP BY status ORDER BY status`,
      [portfolioId],
    );
    const total = counts.reduce((sum, row) => sum + row.count, 0);
    console.log(
      `Terminé en ${elapsed()} (ANALYZE compris). Le portefeuille compte ${formatCount(total)} clients : ` +
        counts.map((row) => `${row.status} ${formatCount(row.count)}`).join(', ') + '.',
    );
    if (attached < options.clients) {
      console.warn(
        `${formatCount(options.clients - attached)} clients demandés n'ont pas été ajoutés : déjà dans ce portefeuille, ` +
          'ou rattachés à un autre (un client n’a qu’un tiers déclarant à la fois).',
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

/** Which status the i-th client gets: 37 is coprime with 100, so every run of 100 clients has the exact mix. */
function statusOf(index: number): AttachmentStatus {
  let slot = (index * 37) % 100;
  for (const { status, percent } of STATUS_MIX) {
    if (slot < percent) return status;
    slot -= percent;
  }
  return 'rattache';
}

async function findFirm(dataSource: DataSource, siret: string): Promise<Firm> {
  const [firm]: Firm[] = await dataSource.query(
    `SELECT space.id AS space_id, space.name, space.status, space_member.person_id AS owner, portfolio.id AS portfolio_id
       FROM space JOIN space_member ON space_member.space_id = space.id AND space_member.is_primary
       LEFT JOIN portfolio ON portfolio.space_id = space.id
      WHERE space.kind = 'tiers' AND space.siret = $1`,
    [siret],
  );
  if (!firm) fail(`Aucun espace tiers n'a le SIRET ${siret} dans cette base.`);
  return firm;
}

/** As PortfolioScope does at the first visit: owned by the space's primary member. */
async function createPortfolio(dataSource: DataSource, clock: Clock, firm: Firm): Promise<string> {
  await dataSource.query(
    `INSERT INTO portfolio (space_id, owner_person_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (space_id, owner_person_id) DO NOTHING`,
    [firm.space_id, firm.owner, await clock.now()],
  );
  const [{ id }]: { id: string }[] = await dataSource.query(`SELECT id FROM portfolio WHERE space_id = $1 AND owner_person_id = $2`, [firm.space_id, firm.owner]);
  return id;
}

function readOptions(): Options {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        'firm-siret': { type: 'string' },
        clients: { type: 'string' },
        'first-index': { type: 'string', default: String(DEFAULT_FIRST_INDEX) },
        batch: { type: 'string', default: String(DEFAULT_BATCH) },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (values['help']) {
    console.log(USAGE);
    process.exit(0);
  }
  const integer = (name: string, min: number, max: number): number => {
    const text = String(values[name] ?? '');
    const value = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!(value >= min && value <= max)) fail(`--${name} doit être un nombre entier entre ${min} et ${max} (reçu « ${text} »).\n${USAGE}`);
    return value;
  };
  const firmSiret = String(values['firm-siret'] ?? '').replace(/\s/g, '');
  if (!/^\d{14}$/.test(firmSiret)) fail(`--firm-siret doit être le SIRET du cabinet (14 chiffres).\n${USAGE}`);
  return {
    firmSiret,
    clients: integer('clients', 1, MAX_CLIENTS),
    firstIndex: integer('first-index', 0, 10_000_000),
    batch: integer('batch', 100, 50_000),
  };
}

function readSettings(): AppSettings {
  try {
    return loadSettings(process.env);
  } catch (error) {
    if (error instanceof InvalidSettingsError) fail(error.message);
    throw error;
  }
}

function formatCount(value: number): string {
  return value.toLocaleString('fr-FR');
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error('Le remplissage du portefeuille a échoué :', error instanceof Error ? error.message : error);
  process.exit(1);
});
