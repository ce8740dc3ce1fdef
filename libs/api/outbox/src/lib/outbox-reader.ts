import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cursorInstant, isCursorUuid } from '@portail/api-core';
import type {
  MailboxRecipient,
  OutboundMessageDetail,
  OutboundMessageKind,
  OutboundMessagePage,
  OutboundMessageSummary,
} from '@portail/domain';
import { DataSource } from 'typeorm';
import { OutboundMessage } from './outbound-message.entity';

/**
 * A message as stored. The mailbox adds what only the areas that issued its links can tell: the
 * state of each link's token and whether the product can send it again (`resendable`).
 */
export type StoredMessage = Omit<OutboundMessageDetail, 'resendable'>;

export interface MessageQuery {
  kind: OutboundMessageKind;
  recipient?: string;
  before?: string;
  limit: number;
}

/** Reads the outbox for the simulated mailbox and letters, newest first, by keyset. */
@Injectable()
export class OutboxReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async recipients(kind: OutboundMessageKind): Promise<MailboxRecipient[]> {
    const rows: { recipient: string; count: number; latest_at: Date }[] = await this.dataSource.query(
      `SELECT recipient, count(*)::int AS count, max(created_at) AS latest_at
         FROM outbound_message WHERE kind = $1
        GROUP BY recipient ORDER BY latest_at DESC, recipient LIMIT 1000`,
      [kind],
    );
    return rows.map((row) => ({ recipient: row.recipient, count: row.count, latestAt: new Date(row.latest_at).toISOString() }));
  }

  async page(query: MessageQuery): Promise<OutboundMessagePage> {
    const builder = this.dataSource
      .getRepository(OutboundMessage)
      .createQueryBuilder('message')
      .select(['message.id', 'message.kind', 'message.recipient', 'message.subject', 'message.createdAt', 'message.bouncedAt', 'message.lostAt'])
      .where('message.kind = :kind', { kind: query.kind })
      .orderBy('message.createdAt', 'DESC')
      .addOrderBy('message.id', 'DESC')
      .take(query.limit + 1);
    if (query.recipient !== undefined) builder.andWhere('message.recipient = :recipient', { recipient: query.recipient });
    if (query.before !== undefined) {
      const cursor = decodeCursor(query.before);
      builder.andWhere('(message.createdAt, message.id) < (:createdAt, :id)', cursor);
    }
    const rows = await builder.getMany();
    const items = rows.slice(0, query.limit).map(toSummary);
    const last = rows.length > query.limit ? rows[query.limit - 1] : null;
    return { items, nextCursor: last ? encodeCursor(last) : null };
  }

  async detail(id: string): Promise<StoredMessage | null> {
    const message = await this.dataSource.getRepository(OutboundMessage).findOneBy({ id });
    if (!message) return null;
    return {
      ...toSummary(message),
      body: message.body,
      links: message.links,
      postalAddress: message.postalAddress,
      relatedEntityType: message.relatedEntityType,
      relatedEntityId: message.relatedEntityId,
    };
  }
}

function toSummary(message: OutboundMessage): OutboundMessageSummary {
  return {
    id: message.id,
    kind: message.kind,
    recipient: message.recipient,
    subject: message.subject,
    createdAt: message.createdAt.toISOString(),
    bounced: message.bouncedAt !== null,
    lost: message.lostAt !== null,
  };
}

function encodeCursor(message: OutboundMessage): string {
  return Buffer.from(`${message.createdAt.toISOString()}|${message.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = cursorInstant(iso);
  if (!createdAt || !isCursorUuid(id) || rest.length > 0) {
    throw new BadRequestException('Le champ « before » ne correspond à aucune page de la liste.');
  }
  return { createdAt, id };
}
