import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@portail/api-core';
import { OutboxReader } from '@portail/api-outbox';
import type { OutboundMessageDetail } from '@portail/domain';
import { DataSource } from 'typeorm';
import { MessageLinks } from './message-links';
import { MESSAGE_NOT_FOUND } from './message-resends';

/**
 * « Marquer comme perdu »: the addressee never received the letter (the FAQ's lost security
 * code). The mark is the only change: the firm recovers by asking for a new code, as in real life.
 */
@Injectable()
export class LostLetters {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: OutboxReader,
    private readonly links: MessageLinks,
  ) {}

  /** Idempotent: a letter marked twice keeps the date of the first mark. */
  async markLost(id: string): Promise<OutboundMessageDetail> {
    await this.dataSource.query(
      `UPDATE outbound_message SET lost_at = coalesce(lost_at, $2) WHERE id = $1 AND kind = 'letter'`,
      [id, await this.clock.now()],
    );
    const message = await this.outbox.detail(id);
    if (!message) throw new NotFoundException(MESSAGE_NOT_FOUND);
    if (message.kind !== 'letter')
      throw new BadRequestException('Seul un courrier peut être marqué perdu : ce message est un courriel.');
    return this.links.annotate(message);
  }
}
