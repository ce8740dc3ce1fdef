import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FAULT_LABELS, type FaultKind, type FaultState } from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { APP_SETTINGS, type AppSettings } from '../settings/app-settings';

export const FAULT_KINDS = Object.keys(FAULT_LABELS) as FaultKind[];

/**
 * The faults a Formateur arms in the console (« le prochain courriel revient en erreur »…). An
 * armed fault is a row of sandbox_fault; the action it targets consumes it in its own transaction,
 * so that it takes effect exactly once, and not at all when that action rolls back. Outside the
 * sandbox nothing is ever armed, and the product does not even ask.
 */
@Injectable()
export class SandboxFaults {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
    private readonly clock: Clock,
  ) {}

  /**
   * True when the fault was armed: it is then disarmed in the caller's transaction (one DELETE …
   * RETURNING, so two concurrent actions never both take it).
   */
  async consume(transaction: EntityManager, kind: FaultKind): Promise<boolean> {
    if (!this.settings.sandbox) return false;
    const [rows]: [unknown[], number] = await transaction.query(`DELETE FROM sandbox_fault WHERE kind = $1 RETURNING kind`, [kind]);
    return rows.length > 0;
  }

  /** Every kind, armed or not, in the order of the console. */
  async states(): Promise<FaultState[]> {
    const rows: { kind: FaultKind; armed_at: Date }[] = await this.dataSource.query(`SELECT kind, armed_at FROM sandbox_fault`);
    return FAULT_KINDS.map((kind) => toState(kind, rows.find((row) => row.kind === kind)?.armed_at ?? null));
  }

  /** Arming twice keeps the first arming: one fault takes effect once, however often it was asked for. */
  async arm(kind: FaultKind): Promise<FaultState> {
    const now = await this.clock.now();
    // The no-op update makes RETURNING answer the row already armed too.
    const [row]: { armed_at: Date }[] = await this.dataSource.query(
      `INSERT INTO sandbox_fault (kind, armed_at) VALUES ($1, $2)
       ON CONFLICT (kind) DO UPDATE SET armed_at = sandbox_fault.armed_at
       RETURNING armed_at`,
      [kind, now],
    );
    return toState(kind, row.armed_at);
  }

  async disarm(kind: FaultKind): Promise<FaultState> {
    await this.dataSource.query(`DELETE FROM sandbox_fault WHERE kind = $1`, [kind]);
    return toState(kind, null);
  }
}

function toState(kind: FaultKind, armedAt: Date | null): FaultState {
  return { kind, label: FAULT_LABELS[kind], armed: armedAt !== null, armedAt: armedAt ? new Date(armedAt).toISOString() : null };
}
