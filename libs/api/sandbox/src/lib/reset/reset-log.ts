import type { ResetProgress, ResetStatus, ScenarioKey } from '@portail/domain';
import type { EntityManager } from 'typeorm';

/** A reset still « en cours » after this long lost its instance (a reset takes seconds). */
export const STALE_AFTER_MINUTES = 2;

export const STALE_ERROR =
  'La réinitialisation n’a pas abouti : l’instance de l’API qui la menait s’est arrêtée. Le bac à sable précédent est inchangé ; vous pouvez relancer la réinitialisation.';

interface ResetRow {
  id: string;
  scenario: ScenarioKey;
  status: ResetStatus;
  step: number;
  total_steps: number;
  label: string;
  started_at: Date;
  finished_at: Date | null;
  duration_ms: number | null;
  error: string | null;
}

const COLUMNS = 'id, scenario, status, step, total_steps, label, started_at, finished_at, duration_ms, error';

/**
 * The rows of sandbox_reset: the progress bar every API instance can answer, written outside the
 * reset's own transaction (autocommit). Times are PostgreSQL's real time, not the sandbox clock
 * (which the reset puts back anyway): « stale » is about an instance that died.
 */
export const ResetLog = {
  /** A reset whose instance died is failed, so that the next one can start (the partial unique index allows one « en cours »). */
  async expireStale(manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE sandbox_reset SET status = 'echec', error = $1, finished_at = clock_timestamp()
        WHERE status = 'en-cours' AND started_at < clock_timestamp() - make_interval(mins => $2)`,
      [STALE_ERROR, STALE_AFTER_MINUTES],
    );
  },

  /** Fails with unique violation (sandbox_reset_one_running) when another one runs. */
  async start(
    manager: EntityManager,
    scenario: ScenarioKey,
    totalSteps: number,
    label: string,
    startedBy: string,
  ): Promise<ResetProgress> {
    const [row]: ResetRow[] = await manager.query(
      `INSERT INTO sandbox_reset (scenario, status, step, total_steps, label, started_at, started_by)
       VALUES ($1, 'en-cours', 0, $2, $3, clock_timestamp(), $4) RETURNING ${COLUMNS}`,
      [scenario, totalSteps, label, startedBy],
    );
    return toProgress(row);
  },

  async progress(manager: EntityManager, id: string, step: number, label: string): Promise<void> {
    await manager.query(`UPDATE sandbox_reset SET step = $2, label = $3 WHERE id = $1 AND status = 'en-cours'`, [
      id,
      step,
      label,
    ]);
  },

  /**
   * Written by the reset's transaction as its last statement: « terminée » commits with the new
   * sandbox, or not at all. False when the row is no longer « en cours » (declared stale meanwhile).
   */
  async finish(transaction: EntityManager, id: string, label: string): Promise<boolean> {
    const [, count]: [unknown, number] = await transaction.query(
      `UPDATE sandbox_reset SET status = 'terminee', step = total_steps, label = $2, finished_at = clock_timestamp(),
              duration_ms = round(extract(epoch FROM clock_timestamp() - started_at) * 1000)
        WHERE id = $1 AND status = 'en-cours'`,
      [id, label],
    );
    return count === 1;
  },

  async fail(manager: EntityManager, id: string, error: string): Promise<void> {
    await manager.query(
      `UPDATE sandbox_reset SET status = 'echec', error = $2, finished_at = clock_timestamp(),
              duration_ms = round(extract(epoch FROM clock_timestamp() - started_at) * 1000)
        WHERE id = $1 AND status = 'en-cours'`,
      [id, error],
    );
  },

  async read(manager: EntityManager, id: string): Promise<ResetProgress | null> {
    const [row]: ResetRow[] = await manager.query(`SELECT ${COLUMNS} FROM sandbox_reset WHERE id = $1`, [id]);
    return row ? toProgress(row) : null;
  },

  async running(manager: EntityManager): Promise<ResetProgress | null> {
    const [row]: ResetRow[] = await manager.query(`SELECT ${COLUMNS} FROM sandbox_reset WHERE status = 'en-cours'`);
    return row ? toProgress(row) : null;
  },

  /** The scenario of the last completed reset; null for the sandbox seeded at first start (« Découverte »). */
  async current(manager: EntityManager): Promise<{ key: ScenarioKey; resetAt: string } | null> {
    const [row]: { scenario: ScenarioKey; finished_at: Date }[] = await manager.query(
      `SELECT scenario, finished_at FROM sandbox_reset WHERE status = 'terminee' ORDER BY finished_at DESC LIMIT 1`,
    );
    return row ? { key: row.scenario, resetAt: new Date(row.finished_at).toISOString() } : null;
  },
};

/** The scenario the sandbox holds now. */
export async function currentScenario(manager: EntityManager): Promise<ScenarioKey> {
  return (await ResetLog.current(manager))?.key ?? 'decouverte';
}

function toProgress(row: ResetRow): ResetProgress {
  return {
    id: row.id,
    scenario: row.scenario,
    status: row.status,
    step: row.step,
    totalSteps: row.total_steps,
    label: row.label,
    startedAt: new Date(row.started_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    durationMs: row.duration_ms,
    error: row.error,
  };
}
