import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedSession, SessionMembership } from '@portail/api-core';
import type { BackofficeRole } from '@portail/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { sha256 } from './one-time-tokens';

/**
 * Sessions end after 30 minutes without a request (idle) and 12 hours after login (absolute).
 * They follow real time, not the sandbox clock: a trainer moving the clock 25 hours ahead to
 * show an expired link must not log every trainee out.
 */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;

/** The Formateur who opened a session « en tant que » a persona (sandbox, POST /api/sandbox/personas/:key/act-as). */
export interface ActingTrainer {
  personId: string;
  /** « Thomas Roux », shown by the portal beside « Revenir à la console ». */
  name: string;
}

/** A session as the guard resolves it: what every request needs, and the Formateur acting through it. */
export interface ResolvedSession extends AuthenticatedSession {
  actingTrainer: ActingTrainer | null;
}

/**
 * The Formateur behind the caller's session, or null. The guard attaches a ResolvedSession to the
 * request, typed AuthenticatedSession by api-core (which knows nothing of the sandbox).
 */
export function actingTrainerOf(session: AuthenticatedSession): ActingTrainer | null {
  return (session as Partial<ResolvedSession>).actingTrainer ?? null;
}

interface SessionRow {
  person_id: string;
  space_id: string | null;
  must_change_password: boolean;
  backoffice_role: BackofficeRole | null;
  space_kind: SessionMembership['spaceKind'] | null;
  member_role: SessionMembership['role'] | null;
  member_status: SessionMembership['status'] | null;
  member_rights: SessionMembership['rights'] | null;
  trainer_person_id: string | null;
  trainer_name: string | null;
}

/** Server-side sessions in PostgreSQL: every API instance sees the same, and a revocation is immediate. */
@Injectable()
export class Sessions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A new session (a new id, 256 random bits; only its hash is stored). Returns the cookie value.
   * `trainerPersonId`: the Formateur opening it « en tant que » the person (sandbox only).
   */
  async open(
    transaction: EntityManager,
    personId: string,
    state: { mustChangePassword: boolean; spaceId: string | null; trainerPersonId?: string | null },
  ): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    await transaction.query(
      `INSERT INTO session (id_hash, person_id, space_id, must_change_password, created_at, last_seen_at, trainer_person_id)
       VALUES ($1, $2, $3, $4, now(), now(), $5)`,
      [sha256(id), personId, state.spaceId, state.mustChangePassword, state.trainerPersonId ?? null],
    );
    return id;
  }

  /**
   * The live session of a cookie, or null when unknown or expired. `touch` restarts its idle
   * timer: only requests to protected routes do, so that a page polling a public endpoint (the
   * sandbox clock) does not keep an abandoned session alive. The timer is restarted at most once
   * a minute (the idle timeout is 30 minutes ± 1): a page firing requests in parallel (a search
   * as you type) reads its session without queueing behind writes to the same row.
   */
  async resolve(id: string, touch: boolean): Promise<ResolvedSession | null> {
    const idHash = sha256(id);
    const parameters = [idHash, SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS];
    const rows: SessionRow[] = await this.dataSource.query(
      `WITH live AS (
         SELECT session.id_hash, session.last_seen_at, session.person_id, session.space_id,
                session.must_change_password, person.backoffice_role,
                space.kind AS space_kind, space_member.role AS member_role, space_member.status AS member_status,
                space_member.rights AS member_rights, session.trainer_person_id,
                trainer.first_name || ' ' || trainer.last_name AS trainer_name
           FROM session JOIN person ON person.id = session.person_id
           LEFT JOIN person trainer ON trainer.id = session.trainer_person_id
           LEFT JOIN space_member ON space_member.space_id = session.space_id AND space_member.person_id = session.person_id
           LEFT JOIN space ON space.id = space_member.space_id
          WHERE session.id_hash = $1
            AND session.last_seen_at > now() - make_interval(mins => $2)
            AND session.created_at > now() - make_interval(hours => $3)
       ), touched AS (
         UPDATE session SET last_seen_at = now() FROM live
          WHERE ${touch ? 'true' : 'false'} AND session.id_hash = live.id_hash
            AND live.last_seen_at < now() - interval '1 minute'
       )
       SELECT person_id, space_id, must_change_password, backoffice_role, space_kind, member_role, member_status, member_rights,
              trainer_person_id, trainer_name
         FROM live`,
      parameters,
    );
    const row = rows[0];
    if (!row) return null;
    return {
      idHash,
      personId: row.person_id,
      spaceId: row.space_id,
      mustChangePassword: row.must_change_password,
      backofficeRole: row.backoffice_role,
      // The rights and role are read on every request: a change applies on the next one.
      membership:
        row.space_kind && row.member_role && row.member_status
          ? { spaceKind: row.space_kind, role: row.member_role, status: row.member_status, rights: row.member_rights ?? [] }
          : null,
      actingTrainer: row.trainer_person_id && row.trainer_name ? { personId: row.trainer_person_id, name: row.trainer_name } : null,
    };
  }

  async close(transaction: EntityManager, idHash: Buffer): Promise<void> {
    await transaction.query(`DELETE FROM session WHERE id_hash = $1`, [idHash]);
  }

  /** Ends every session of a person (password change or reset, deactivation), but `keep`. */
  async closeAllOf(transaction: EntityManager, personId: string, keep?: Buffer): Promise<void> {
    await transaction.query(`DELETE FROM session WHERE person_id = $1 AND ($2::bytea IS NULL OR id_hash <> $2)`, [
      personId,
      keep ?? null,
    ]);
  }

  async chooseSpace(idHash: Buffer, spaceId: string): Promise<void> {
    await this.dataSource.query(`UPDATE session SET space_id = $2 WHERE id_hash = $1`, [idHash, spaceId]);
  }
}
