import { Injectable } from '@nestjs/common';
import { Clock, SandboxFaults } from '@portail/api-core';
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
 * sent if and only if the change that causes it commits. In the sandbox, the trainer's faults
 * « courriel en erreur » and « courrier perdu » mark the next message written.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly clock: Clock,
    private readonly faults: SandboxFaults,
  ) {}

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
    const now = await this.clock.now(transaction);
    // Consumed in the cause's transaction: a change that rolls back leaves the fault armed.
    const failed = await this.faults.consume(transaction, message.kind === 'email' ? 'email-bounce' : 'letter-lost');
    return transaction.getRepository(OutboundMessage).save({
      ...fields,
      relatedEntityType: relatedTo?.type ?? null,
      relatedEntityId: relatedTo?.id ?? null,
      createdAt: now,
      deliveredAt: null,
      bouncedAt: failed && message.kind === 'email' ? now : null,
      lostAt: failed && message.kind === 'letter' ? now : null,
    });
  }
}
