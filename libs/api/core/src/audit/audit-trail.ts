import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';

export interface AuditEvent {
  /** e.g. 'login.succeeded', 'login.throttled', 'token.used', 'space.finalised' */
  kind: string;
  actorPersonId?: string | null;
  subject?: { type: string; id: string };
  /** The space the event belongs to (a firm's « Historique » lists its own). */
  spaceId?: string | null;
  /** Never a password, token, code or answer. */
  details?: Record<string, unknown>;
}

/** Who did what, on what, when (sandbox clock): written in the transaction of the change itself. */
@Injectable()
export class AuditTrail {
  constructor(private readonly clock: Clock) {}

  async record(transaction: EntityManager, event: AuditEvent): Promise<void> {
    await transaction.query(
      `INSERT INTO audit_event (at, actor_person_id, kind, subject_type, subject_id, details, space_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        await this.clock.now(transaction),
        event.actorPersonId ?? null,
        event.kind,
        event.subject?.type ?? null,
        event.subject?.id ?? null,
        JSON.stringify(event.details ?? {}),
        event.spaceId ?? null,
      ],
    );
  }
}
