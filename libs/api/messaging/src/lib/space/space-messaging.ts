import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, RateLimiter, type RateLimit } from '@portail/api-core';
import {
  MESSAGES_PER_HOUR,
  type MessageThread,
  type MessageThreadSummary,
  type NewMessageRequest,
  type NewThreadRequest,
  type MessageSide,
  type UnreadMessages,
} from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { appendMessage, type ThreadHead, findThread, iso, withMessages } from '../thread-reader';

/** Who writes from the space: the person and their current space (the access policy checked both). */
export interface SpaceWriter {
  personId: string;
  spaceId: string;
}

const SENDING_LIMIT: RateLimit = { limit: MESSAGES_PER_HOUR, windowMs: 3_600_000 };
const TOO_MANY_MESSAGES = `Vous avez envoyé ${MESSAGES_PER_HOUR} messages en moins d’une heure : patientez avant d’en envoyer un autre, ou appelez le 3698 (Service gratuit + prix d’un appel) de 9h à 17h.`;
// A space writes to its Urssaf: the list stays short; past this many, the newest are shown.
const SPACE_THREADS_LIMIT = 200;

interface SummaryRow {
  id: string;
  subject: string;
  created_at: Date;
  last_message_at: Date;
  last_message_side: MessageSide;
  message_count: number;
  unread_count: number;
}

/**
 * The space's side of the Messagerie. Each person of the space reads for themselves: reading a
 * thread moves that person's marker only, and the Urssaf's messages after it are « non lus ».
 */
@Injectable()
export class SpaceMessaging {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
  ) {}

  async threads(reader: SpaceWriter): Promise<MessageThreadSummary[]> {
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT message_thread.id, message_thread.subject, message_thread.created_at, message_thread.last_message_at,
              message_thread.last_message_side,
              (SELECT count(*) FROM message WHERE message.thread_id = message_thread.id)::int AS message_count,
              (SELECT count(*) FROM message
                WHERE message.thread_id = message_thread.id AND message.side = 'urssaf'
                  AND (message_read.read_at IS NULL OR message.sent_at > message_read.read_at))::int AS unread_count
         FROM message_thread
         LEFT JOIN message_read ON message_read.thread_id = message_thread.id AND message_read.person_id = $2
        WHERE message_thread.space_id = $1
        ORDER BY message_thread.last_message_at DESC, message_thread.id DESC
        LIMIT ${SPACE_THREADS_LIMIT}`,
      [reader.spaceId, reader.personId],
    );
    return rows.map((row) => ({
      id: row.id,
      subject: row.subject,
      createdAt: iso(row.created_at),
      lastMessageAt: iso(row.last_message_at),
      lastMessageSide: row.last_message_side,
      messageCount: row.message_count,
      unreadCount: row.unread_count,
    }));
  }

  async unread(reader: SpaceWriter): Promise<UnreadMessages> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count
         FROM message_thread
         JOIN message ON message.thread_id = message_thread.id AND message.side = 'urssaf'
         LEFT JOIN message_read ON message_read.thread_id = message_thread.id AND message_read.person_id = $2
        WHERE message_thread.space_id = $1
          AND (message_read.read_at IS NULL OR message.sent_at > message_read.read_at)`,
      [reader.spaceId, reader.personId],
    );
    return { count };
  }

  /** The conversation, now read by `reader`. */
  read(reader: SpaceWriter, threadId: string): Promise<MessageThread> {
    return this.dataSource.transaction(async (transaction) => {
      const thread = await withMessages(transaction, await findThread(transaction, threadId, { spaceId: reader.spaceId }));
      await this.markRead(transaction, reader.personId, thread.id);
      return forSpace(thread);
    });
  }

  async start(writer: SpaceWriter, request: NewThreadRequest): Promise<MessageThread> {
    await this.limitSending(writer);
    return this.dataSource.transaction(async (transaction) => {
      const now = await this.clock.now(transaction);
      const [{ id }]: { id: string }[] = await transaction.query(
        `INSERT INTO message_thread (space_id, subject, created_by_person_id, created_at, last_message_at, last_message_side)
         VALUES ($1, $2, $3, $4, $4, 'espace') RETURNING id`,
        [writer.spaceId, request.subject, writer.personId, now],
      );
      return this.write(transaction, writer, await findThread(transaction, id, { lock: true }), request.body, now);
    });
  }

  async reply(writer: SpaceWriter, threadId: string, request: NewMessageRequest): Promise<MessageThread> {
    await this.limitSending(writer);
    return this.dataSource.transaction(async (transaction) => {
      const thread = await findThread(transaction, threadId, { spaceId: writer.spaceId, lock: true });
      return this.write(transaction, writer, thread, request.body, await this.clock.now(transaction));
    });
  }

  /** The writer has read everything up to their own message. */
  private async write(transaction: EntityManager, writer: SpaceWriter, thread: ThreadHead, body: string, now: Date): Promise<MessageThread> {
    await appendMessage(transaction, { threadId: thread.id, side: 'espace', authorPersonId: writer.personId, body, sentAt: now });
    await this.markRead(transaction, writer.personId, thread.id);
    return forSpace(await withMessages(transaction, { ...thread, lastMessageAt: iso(now) }));
  }

  /**
   * Everything in the thread is read by `personId`: the marker never moves back, and a message
   * dated later than now (the sandbox clock was moved back since) counts as read too.
   */
  private async markRead(transaction: EntityManager, personId: string, threadId: string): Promise<void> {
    await transaction.query(
      `INSERT INTO message_read (thread_id, person_id, read_at)
       VALUES ($1, $2, GREATEST($3::timestamptz, (SELECT max(sent_at) FROM message WHERE thread_id = $1)))
       ON CONFLICT (person_id, thread_id) DO UPDATE SET read_at = GREATEST(message_read.read_at, EXCLUDED.read_at)`,
      [threadId, personId, await this.clock.now(transaction)],
    );
  }

  private async limitSending(writer: SpaceWriter): Promise<void> {
    if (!(await this.limiter.allow(`messaging-send:${writer.personId}`, SENDING_LIMIT))) {
      throw new HttpException(TOO_MANY_MESSAGES, HttpStatus.TOO_MANY_REQUESTS);
    }
  }
}

/** The space knows which space it is in: only the conversation goes back. */
function forSpace(thread: MessageThread): MessageThread {
  return { id: thread.id, subject: thread.subject, createdAt: thread.createdAt, lastMessageAt: thread.lastMessageAt, messages: thread.messages };
}
