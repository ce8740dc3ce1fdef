import { NotFoundException } from '@nestjs/common';
import type { BackofficeThread, MessageSide, SpaceKind, ThreadMessage } from '@portail/domain';
import type { EntityManager } from 'typeorm';

export const THREAD_NOT_FOUND = 'Cette conversation n’existe pas.';
/** The name shown for a message whose author's account was deleted (a class of trainees). */
const DELETED_AUTHOR = 'Compte supprimé';

interface ThreadRow {
  id: string;
  subject: string;
  created_at: Date;
  last_message_at: Date;
  created_by_person_id: string | null;
  space_id: string;
  space_name: string;
  space_kind: SpaceKind;
}

interface MessageRow {
  id: string;
  side: MessageSide;
  body: string;
  sent_at: Date;
  first_name: string | null;
  last_name: string | null;
}

/** A thread and the space it belongs to, without its messages. */
export interface ThreadHead extends Omit<BackofficeThread, 'messages'> {
  createdByPersonId: string | null;
}

/**
 * The thread, or 404. `spaceId` scopes it to the caller's space: another space's thread is the
 * same 404 as an unknown one. `lock` (writers): two answers at once keep last_message_* right.
 */
export async function findThread(
  manager: EntityManager,
  threadId: string,
  options: { spaceId?: string; lock?: boolean } = {},
): Promise<ThreadHead> {
  const [row]: ThreadRow[] = await manager.query(
    `SELECT message_thread.id, message_thread.subject, message_thread.created_at, message_thread.last_message_at,
            message_thread.created_by_person_id, space.id AS space_id, space.name AS space_name, space.kind AS space_kind
       FROM message_thread JOIN space ON space.id = message_thread.space_id
      WHERE message_thread.id = $1 AND ($2::uuid IS NULL OR message_thread.space_id = $2::uuid)
      ${options.lock ? 'FOR UPDATE OF message_thread' : ''}`,
    [threadId, options.spaceId ?? null],
  );
  if (!row) throw new NotFoundException(THREAD_NOT_FOUND);
  return {
    id: row.id,
    subject: row.subject,
    createdAt: iso(row.created_at),
    lastMessageAt: iso(row.last_message_at),
    createdByPersonId: row.created_by_person_id,
    spaceId: row.space_id,
    spaceName: row.space_name,
    spaceKind: row.space_kind,
  };
}

/** The whole conversation, oldest message first. */
export async function withMessages(manager: EntityManager, head: ThreadHead): Promise<BackofficeThread> {
  const rows: MessageRow[] = await manager.query(
    `SELECT message.id, message.side, message.body, message.sent_at, person.first_name, person.last_name
       FROM message LEFT JOIN person ON person.id = message.author_person_id
      WHERE message.thread_id = $1
      ORDER BY message.sent_at, message.id`,
    [head.id],
  );
  return {
    id: head.id,
    subject: head.subject,
    createdAt: head.createdAt,
    lastMessageAt: head.lastMessageAt,
    spaceId: head.spaceId,
    spaceName: head.spaceName,
    spaceKind: head.spaceKind,
    messages: rows.map(toMessage),
  };
}

function toMessage(row: MessageRow): ThreadMessage {
  const name = row.first_name === null ? DELETED_AUTHOR : `${row.first_name} ${row.last_name ?? ''}`.trim();
  return { id: row.id, side: row.side, authorName: name, body: row.body, sentAt: iso(row.sent_at) };
}

/** Adds a message and makes it the thread's last one; the caller holds the thread's lock. */
export async function appendMessage(
  manager: EntityManager,
  message: { threadId: string; side: MessageSide; authorPersonId: string; body: string; sentAt: Date },
): Promise<void> {
  await manager.query(`INSERT INTO message (thread_id, side, author_person_id, body, sent_at) VALUES ($1, $2, $3, $4, $5)`, [
    message.threadId,
    message.side,
    message.authorPersonId,
    message.body,
    message.sentAt,
  ]);
  await manager.query(`UPDATE message_thread SET last_message_at = $2, last_message_side = $3 WHERE id = $1`, [
    message.threadId,
    message.sentAt,
    message.side,
  ]);
}

export function iso(value: Date | string): string {
  return new Date(value).toISOString();
}
