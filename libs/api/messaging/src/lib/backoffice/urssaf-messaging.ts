import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@portail/api-core';
import { Outbox } from '@portail/api-outbox';
import {
  BACKOFFICE_THREADS_LIMIT,
  type BackofficeAnswer,
  type BackofficeThread,
  type BackofficeThreadFilter,
  type BackofficeThreadSummary,
  type MessageSide,
  type NewMessageRequest,
  type SpaceKind,
} from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { appendMessage, findThread, iso, type ThreadHead, withMessages } from '../thread-reader';
import { newMessageNotice, type NoticeRecipient } from './new-message-notice';

interface SummaryRow {
  id: string;
  subject: string;
  space_id: string;
  space_name: string;
  space_kind: SpaceKind;
  created_at: Date;
  last_message_at: Date;
  last_message_side: MessageSide;
  message_count: number;
}

// « À traiter » is a queue: the space waiting longest first. Every thread: the newest first.
const LIST_CLAUSES: Record<BackofficeThreadFilter, string> = {
  'a-traiter': `WHERE message_thread.last_message_side = 'espace' ORDER BY message_thread.last_message_at, message_thread.id`,
  toutes: 'ORDER BY message_thread.last_message_at DESC, message_thread.id DESC',
};

/** The Urssaf's side of the Messagerie: every space's conversations, answered by a Conseiller. */
@Injectable()
export class UrssafMessaging {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async threads(filter: BackofficeThreadFilter): Promise<BackofficeThreadSummary[]> {
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT message_thread.id, message_thread.subject, message_thread.created_at, message_thread.last_message_at,
              message_thread.last_message_side, space.id AS space_id, space.name AS space_name, space.kind AS space_kind,
              (SELECT count(*) FROM message WHERE message.thread_id = message_thread.id)::int AS message_count
         FROM message_thread JOIN space ON space.id = message_thread.space_id
        ${LIST_CLAUSES[filter]}
        LIMIT ${BACKOFFICE_THREADS_LIMIT}`,
    );
    return rows.map((row) => ({
      id: row.id,
      subject: row.subject,
      spaceId: row.space_id,
      spaceName: row.space_name,
      spaceKind: row.space_kind,
      createdAt: iso(row.created_at),
      lastMessageAt: iso(row.last_message_at),
      lastMessageSide: row.last_message_side,
      messageCount: row.message_count,
    }));
  }

  async read(threadId: string): Promise<BackofficeThread> {
    const manager = this.dataSource.manager;
    return withMessages(manager, await findThread(manager, threadId));
  }

  /** The answer and the e-mail notice to the space commit together, or neither does. */
  answer(conseillerId: string, threadId: string, request: NewMessageRequest): Promise<BackofficeAnswer> {
    return this.dataSource.transaction(async (transaction) => {
      const thread = await findThread(transaction, threadId, { lock: true });
      const now = await this.clock.now(transaction);
      await appendMessage(transaction, { threadId, side: 'urssaf', authorPersonId: conseillerId, body: request.body, sentAt: now });
      const recipient = await this.noticeRecipient(transaction, thread);
      if (recipient) {
        await this.outbox.sendEmail(transaction, newMessageNotice({ to: recipient, spaceName: thread.spaceName, threadId }));
      }
      return {
        thread: await withMessages(transaction, { ...thread, lastMessageAt: iso(now) }),
        noticeSentTo: recipient?.email ?? null,
      };
    });
  }

  /**
   * Who is told of the answer: the person who opened the thread while they may still read the
   * Messagerie of the space; otherwise the space's primary member, or another who may read it.
   */
  private async noticeRecipient(transaction: EntityManager, thread: ThreadHead): Promise<NoticeRecipient | null> {
    const [row]: { id: string; email: string; civility: NoticeRecipient['civility']; first_name: string; last_name: string }[] =
      await transaction.query(
        `SELECT person.id, person.email, person.civility, person.first_name, person.last_name
           FROM space_member JOIN person ON person.id = space_member.person_id
          WHERE space_member.space_id = $1 AND space_member.status = 'actif'
            AND (space_member.role <> 'collaborateur' OR 'messagerie' = ANY (space_member.rights))
          ORDER BY (person.id = $2::uuid) IS TRUE DESC, space_member.is_primary DESC, space_member.created_at, person.id
          LIMIT 1`,
        [thread.spaceId, thread.createdByPersonId],
      );
    return row ? { personId: row.id, email: row.email, civility: row.civility, firstName: row.first_name, lastName: row.last_name } : null;
  }
}
