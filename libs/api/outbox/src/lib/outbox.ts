import { Injectable } from '@nestjs/common';
import { Clock } from '@portail/api-core';
import type { MessageLink } from '@portail/domain';
import type { EntityManager } from 'typeorm';
import { OutboundMessage } from './outbound-message.entity';

export interface NewEmail {
  to: string;
  subject: string;
  body: string;
  links?: MessageLink[];
  relatedTo?: { type: string; id: string };
}

export interface NewLetter {
  to: string;
  postalAddress: string[];
  subject: string;
  body: string;
  relatedTo?: { type: string; id: string };
}

/**
 * Writes e-mails and letters. It only accepts the caller's transaction manager: a message is
 * sent if and only if the change that causes it commits.
 */
@Injectable()
export class Outbox {
  constructor(private readonly clock: Clock) {}

  async sendEmail(transaction: EntityManager, email: NewEmail): Promise<OutboundMessage> {
    return this.write(transaction, {
      kind: 'email',
      recipient: email.to,
      postalAddress: null,
      subject: email.subject,
      body: email.body,
      links: email.links ?? [],
      relatedTo: email.relatedTo,
    });
  }

  async sendLetter(transaction: EntityManager, letter: NewLetter): Promise<OutboundMessage> {
    return this.write(transaction, {
      kind: 'letter',
      recipient: letter.to,
      postalAddress: letter.postalAddress,
      subject: letter.subject,
      body: letter.body,
      links: [],
      relatedTo: letter.relatedTo,
    });
  }

  private async write(
    transaction: EntityManager,
    message: Pick<OutboundMessage, 'kind' | 'recipient' | 'postalAddress' | 'subject' | 'body' | 'links'> & {
      relatedTo?: { type: string; id: string };
    },
  ): Promise<OutboundMessage> {
    if (!transaction.queryRunner?.isTransactionActive) {
      throw new Error("Outbox: un message s'écrit dans la transaction de la modification qui le cause.");
    }
    const { relatedTo, ...fields } = message;
    return transaction.getRepository(OutboundMessage).save({
      ...fields,
      relatedEntityType: relatedTo?.type ?? null,
      relatedEntityId: relatedTo?.id ?? null,
      createdAt: await this.clock.now(transaction),
      deliveredAt: null,
    });
  }
}
