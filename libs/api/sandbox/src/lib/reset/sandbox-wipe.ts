import type { EntityManager } from 'typeorm';

/**
 * What a reset keeps: the simulated Urssaf directory (the same contributors in every scenario),
 * the migrations, the clock's row (put back to real time), the class of trainees and the resets'
 * own log. Everything else is the previous sandbox and goes, but for the Formateurs (their person
 * rows and sessions): the trainer is not logged out by his own reset.
 */
export const KEPT_TABLES = [
  'contributor',
  'establishment',
  'schema_migration',
  'sandbox_clock',
  'sandbox_trainee',
  'sandbox_reset',
] as const;

/** Emptied row by row: they hold the Formateurs' rows, or rows the kept ones point at. */
export const PARTLY_KEPT_TABLES = ['person', 'session', 'space'] as const;

/**
 * Empties the sandbox in the reset's transaction. Every other table of the schema is truncated in
 * one statement — a table added later is emptied too, unless it is declared kept above — which
 * is as fast for 100,000 rows as for 10 and fires no trigger (portfolio_count is truncated with
 * attachment). TRUNCATE holds its tables exclusively until the reset commits: requests wait for
 * the new sandbox rather than see half of it. The few rows left are deleted: sessions but the
 * Formateurs', spaces, then people but the Formateurs.
 */
export async function wipeSandbox(transaction: EntityManager): Promise<void> {
  const kept: string[] = [...KEPT_TABLES, ...PARTLY_KEPT_TABLES];
  const tables: { name: string }[] = await transaction.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1::text[]))
      ORDER BY table_name`,
    [kept],
  );
  if (tables.length > 0)
    await transaction.query(`TRUNCATE ${tables.map(({ name }) => quoteIdentifier(name)).join(', ')}`);
  await transaction.query(
    `DELETE FROM session WHERE person_id NOT IN (SELECT id FROM person WHERE backoffice_role = 'formateur') OR trainer_person_id IS NOT NULL`,
  );
  await transaction.query(`DELETE FROM space`);
  await transaction.query(`UPDATE contributor SET person_id = NULL WHERE person_id IS NOT NULL`);
  await transaction.query(`DELETE FROM person WHERE backoffice_role IS DISTINCT FROM 'formateur'`);
  // Back to real time: every scenario starts « now ».
  await transaction.query(`UPDATE sandbox_clock SET offset_ms = 0, updated_at = clock_timestamp() WHERE id = 1`);
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
