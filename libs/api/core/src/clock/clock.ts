import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClockState } from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_SETTINGS, type AppSettings } from '../settings/app-settings';

interface ClockRow {
  now: Date;
  real_now: Date;
  offset_ms: string;
}

/**
 * The one clock of the product: every expiry, throttle and timestamp asks it.
 * In sandbox mode a trainer can move it; its offset lives in PostgreSQL so that every API
 * instance agrees, and real time is PostgreSQL's own so that instances' clocks cannot drift apart.
 */
@Injectable()
export class Clock {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
  ) {}

  /** Pass the caller's transaction manager so that the read joins its transaction. */
  async now(manager: EntityManager = this.dataSource.manager): Promise<Date> {
    if (!this.settings.sandbox) return new Date();
    return (await this.read(manager)).now;
  }

  async state(): Promise<ClockState> {
    return toState(await this.read(this.dataSource.manager));
  }

  async advanceBy(milliseconds: number): Promise<ClockState> {
    return this.update('offset_ms + $1::bigint', [milliseconds]);
  }

  /** Moves the sandbox to `at` (later than real time); the clock then runs on from there. */
  async setTo(at: Date): Promise<ClockState> {
    return this.update(`round(extract(epoch FROM ($1::timestamptz - clock_timestamp())) * 1000)::bigint`, [at.toISOString()]);
  }

  async backToRealTime(): Promise<ClockState> {
    return this.update('0', []);
  }

  private async read(manager: EntityManager): Promise<{ now: Date; realNow: Date; offsetMs: number }> {
    const rows: ClockRow[] = await manager.query(
      `SELECT clock_timestamp() + offset_ms * interval '1 millisecond' AS now, clock_timestamp() AS real_now, offset_ms
         FROM sandbox_clock WHERE id = 1`,
    );
    return fromRow(rows[0]);
  }

  private async update(offsetExpression: string, parameters: unknown[]): Promise<ClockState> {
    // One statement: two trainers pressing « +24 h » together move the clock by 48 h, never 24.
    const [rows] = (await this.dataSource.query(
      `UPDATE sandbox_clock SET offset_ms = ${offsetExpression}, updated_at = clock_timestamp()
        WHERE id = 1
        RETURNING clock_timestamp() + offset_ms * interval '1 millisecond' AS now, clock_timestamp() AS real_now, offset_ms`,
      parameters,
    )) as [ClockRow[], number];
    return toState(fromRow(rows[0]));
  }
}

function fromRow(row: ClockRow): { now: Date; realNow: Date; offsetMs: number } {
  return { now: new Date(row.now), realNow: new Date(row.real_now), offsetMs: Number(row.offset_ms) };
}

function toState(clock: { now: Date; realNow: Date; offsetMs: number }): ClockState {
  return { now: clock.now.toISOString(), realNow: clock.realNow.toISOString(), offsetMs: clock.offsetMs };
}
