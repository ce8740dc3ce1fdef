import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActivationLinks } from '@portail/api-accounts';
import { type OutboundMessage, OutboxReader } from '@portail/api-outbox';
import { EmailValidationService, PasswordResetService } from '@portail/api-signup';
import type { ResendResult } from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { MessageLinks } from './message-links';

export const MESSAGE_NOT_FOUND = "Ce message n'existe pas.";

const NOTHING_TO_RESEND =
  'Ce message ne se renvoie pas : seuls les courriels de validation d’adresse, d’activation de compte et de réinitialisation du mot de passe ont un bouton « Renvoyer » dans le portail.';

type Resend = (transaction: EntityManager, personId: string, trainerId: string) => Promise<OutboundMessage>;

/**
 * « Renvoyer » in the trainer's mailbox: does what the product's own button does for the person
 * the message went to (the signup's « Renvoyer le courriel de validation », « Gérer les comptes »'
 * « Envoyer un nouveau lien », « Mot de passe oublié »). The old link is cancelled and the new
 * e-mail written in one transaction; the product's own checks answer 409 when nothing can be sent.
 */
@Injectable()
export class MessageResends {
  private readonly resends: Record<
    'email-validation' | 'activation' | 'password-reset',
    { resend: Resend; sent: (to: string) => string }
  >;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxReader,
    private readonly links: MessageLinks,
    validation: EmailValidationService,
    activation: ActivationLinks,
    resets: PasswordResetService,
  ) {
    this.resends = {
      'email-validation': {
        resend: (transaction, personId, trainerId) => validation.resendFor(transaction, personId, trainerId),
        sent: (to) => `Un nouveau courriel de validation a été envoyé à ${to} ; le lien précédent ne fonctionne plus.`,
      },
      activation: {
        resend: (transaction, personId, trainerId) => activation.resendFor(transaction, personId, trainerId),
        sent: (to) => `Un nouveau lien d'activation a été envoyé à ${to} ; le lien précédent ne fonctionne plus.`,
      },
      'password-reset': {
        resend: (transaction, personId, trainerId) => resets.resendFor(transaction, personId, trainerId),
        sent: (to) =>
          `Un nouveau lien de réinitialisation du mot de passe a été envoyé à ${to} ; le lien précédent ne fonctionne plus.`,
      },
    };
  }

  async resend(messageId: string, trainerId: string): Promise<ResendResult> {
    const message = await this.outbox.detail(messageId);
    if (!message) throw new NotFoundException(MESSAGE_NOT_FOUND);
    if (message.kind !== 'email')
      throw new UnprocessableEntityException(
        'Un courrier ne se renvoie pas depuis la boîte simulée : seul un courriel a un bouton « Renvoyer ».',
      );
    const token = await this.links.tokenOf(message);
    const resend =
      token && token.purpose in this.resends ? this.resends[token.purpose as keyof typeof this.resends] : null;
    if (!token || !resend) throw new UnprocessableEntityException(NOTHING_TO_RESEND);
    const sent = await this.dataSource.transaction((transaction) =>
      resend.resend(transaction, token.personId, trainerId),
    );
    return { message: resend.sent(sent.recipient), newMessageId: sent.id };
  }
}
