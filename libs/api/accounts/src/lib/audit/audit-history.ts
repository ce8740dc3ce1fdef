import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BAD_AFTER_CURSOR, decodeJsonCursor, isCursorDigits, isCursorMicroseconds } from '@portail/api-core';
import { contributorName } from '@portail/api-portfolio';
import type { AuditEntry, AuditPage, AuditQuery } from '@portail/domain';
import { DataSource } from 'typeorm';
import { auditSummary, kindLabel } from './audit-summary';

export type AuditFilters = Pick<AuditQuery, 'person' | 'client' | 'kind'>;

/**
 * Rows written without a space (a login does not happen in a space): they belong to the history
 * of every firm their actor is a member of.
 */
export const PERSONAL_KINDS = [
  'login.succeeded',
  'login.failed',
  'login.lockout',
  'login.throttled',
  'token.used',
  'password.changed',
  'password.reset',
  'password-reset.requested',
];

const DEFAULT_LIMIT = 25;
const UUID_PATTERN = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;

/** A uuid held in text (subject_id, a details field), or NULL: the cast can then use the primary keys. */
function asUuid(text: string): string {
  return `(CASE WHEN ${text} ~* ${UUID_PATTERN} THEN (${text})::uuid END)`;
}

interface AuditRow {
  id: string;
  at: Date;
  cursor_at: string;
  kind: string;
  details: Record<string, unknown>;
  actor_id: string | null;
  actor_name: string | null;
  account_id: string | null;
  account_name: string | null;
  contributor_id: string | null;
  contributor_first_name: string | null;
  contributor_last_name: string | null;
}

/** Where a page starts: strictly older than this (at in microseconds, id). */
type Cursor = [string, string];

/**
 * A firm's « Historique », newest first, by keyset on (at, id): the rows of the space, and the
 * personal rows of its members, each branch read from its own index (audit_event_space_idx, and
 * audit_event_actor_idx once per member) and limited before they are merged. Never OFFSET.
 */
@Injectable()
export class AuditHistory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(spaceId: string, query: AuditQuery): Promise<AuditPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await this.read(spaceId, query, query.after ? decodeCursor(query.after) : null, limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(toEntry), next: rows.length > limit && last ? encodeCursor([last.cursor_at, last.id]) : null };
  }

  /** The same entries in batches, for an export: at most `max`, newest first. */
  async *batches(spaceId: string, filters: AuditFilters, batchSize: number, max: number): AsyncGenerator<AuditEntry[]> {
    let cursor: Cursor | null = null;
    for (let read = 0; read < max; ) {
      const rows = await this.read(spaceId, filters, cursor, Math.min(batchSize, max - read));
      if (rows.length === 0) return;
      yield rows.map(toEntry);
      read += rows.length;
      const last = rows[rows.length - 1];
      cursor = [last.cursor_at, last.id];
    }
  }

  private async read(spaceId: string, filters: AuditFilters, after: Cursor | null, limit: number): Promise<AuditRow[]> {
    const parameters: unknown[] = [spaceId, PERSONAL_KINDS, limit];
    const conditions: string[] = [];
    if (filters.person) {
      parameters.push(filters.person);
      conditions.push(`event.actor_person_id = $${parameters.length}`);
    }
    if (filters.kind) {
      parameters.push(filters.kind);
      conditions.push(`event.kind = $${parameters.length}`);
    }
    if (filters.client) {
      // One contributor per row, or a list of them (an assignment of several clients).
      parameters.push(filters.client);
      conditions.push(
        `(event.details->>'contributorId' = $${parameters.length} OR event.details->'contributorIds' @> jsonb_build_array($${parameters.length}::text))`,
      );
    }
    if (after) {
      parameters.push(after[0], after[1]);
      conditions.push(
        `(event.at, event.id) < (timestamptz 'epoch' + $${parameters.length - 1}::bigint * interval '1 microsecond', $${parameters.length}::bigint)`,
      );
    }
    const filter = conditions.map((condition) => ` AND ${condition}`).join('');
    const columns = 'event.id, event.at, event.kind, event.actor_person_id, event.subject_type, event.subject_id, event.details';
    return this.dataSource.query(
      `WITH page AS (
         (SELECT ${columns} FROM audit_event event
           WHERE event.space_id = $1${filter}
           ORDER BY event.at DESC, event.id DESC LIMIT $3)
         UNION ALL
         (SELECT personal.* FROM space_member
            CROSS JOIN LATERAL (
              SELECT ${columns} FROM audit_event event
               WHERE event.actor_person_id = space_member.person_id AND event.space_id IS NULL
                 AND event.kind = ANY($2::text[])${filter}
               ORDER BY event.at DESC, event.id DESC LIMIT $3) personal
           WHERE space_member.space_id = $1)
         ORDER BY at DESC, id DESC LIMIT $3
       )
       SELECT page.id::text AS id, page.at, (extract(epoch FROM page.at) * 1000000)::bigint::text AS cursor_at, page.kind, page.details,
              actor.id AS actor_id, actor.first_name || ' ' || actor.last_name AS actor_name,
              account.id AS account_id, account.first_name || ' ' || account.last_name AS account_name,
              contributor.id AS contributor_id, contributor.first_name AS contributor_first_name, contributor.last_name AS contributor_last_name
         FROM page
         LEFT JOIN person actor ON actor.id = page.actor_person_id
         LEFT JOIN person account ON page.subject_type = 'person' AND account.id = ${asUuid('page.subject_id')}
         LEFT JOIN attachment subject_attachment ON page.subject_type = 'attachment' AND subject_attachment.id = ${asUuid('page.subject_id')}
         LEFT JOIN contributor ON contributor.id = coalesce(${asUuid("page.details->>'contributorId'")}, subject_attachment.contributor_id)
        ORDER BY page.at DESC, page.id DESC`,
      parameters,
    );
  }
}

function toEntry(row: AuditRow): AuditEntry {
  const client =
    row.contributor_id && row.contributor_last_name !== null && row.contributor_first_name !== null
      ? { contributorId: row.contributor_id, name: contributorName({ firstName: row.contributor_first_name, lastName: row.contributor_last_name }) }
      : null;
  const actor = row.actor_id && row.actor_name ? { personId: row.actor_id, name: row.actor_name } : null;
  const account = row.account_id && row.account_name ? { personId: row.account_id, name: row.account_name } : null;
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    kind: row.kind,
    kindLabel: kindLabel(row.kind),
    actor,
    client,
    account,
    summary: auditSummary({ kind: row.kind, actor: actor?.name ?? null, client: client?.name ?? null, account: account?.name ?? null, details: row.details }),
  };
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  const value = decodeJsonCursor(text);
  // Strings of digits, as encodeCursor writes them, few enough that neither cast (timestamptz, bigint) can overflow.
  if (Array.isArray(value) && value.length === 2 && isCursorMicroseconds(value[0]) && isCursorDigits(value[1])) {
    return [value[0], value[1]];
  }
  throw new BadRequestException(BAD_AFTER_CURSOR);
}
