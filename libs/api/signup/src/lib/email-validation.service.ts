import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock, RateLimiter } from '@portail/api-core';
import { type OutboundMessage, Outbox } from '@portail/api-outbox';
import type { EmailValidated } from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { EmailLinks } from './email-links';
import { type Applicant, validationEmail } from './emails';
import { VALIDATION_RESENT } from './messages';
import { unfinishedApplicantByEmail, unfinishedApplicantById } from './people';

/** Enough for a lost or late e-mail; too few to flood someone's mailbox through the portal. */
export const RESEND_LIMIT = { limit: 5, windowMs: 3_600_000 };

/** Step 8: the link of the validation e-mail, and a new one when it is lost or expired. */
@Injectable()
export class EmailValidationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly links: EmailLinks,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /**
   * A new link for a signup that has no password yet: not validated, or validated but whose
   * 1-hour password link was lost (otherwise that person could never finish). Over the limit,
   * nothing is sent, and the answer stays the same so that it reveals nothing.
   */
  async resend(email: string): Promise<{ message: string }> {
    if (await this.rateLimiter.allow(`signup-resend:${email.toLowerCase()}`, RESEND_LIMIT)) {
      await this.dataSource.transaction(async (transaction) => {
        const applicant = await unfinishedApplicantByEmail(transaction, email);
        if (applicant) await this.sendNewLink(transaction, applicant, applicant.id);
      });
    }
    return { message: VALIDATION_RESENT };
  }

  /**
   * The sandbox's « Renvoyer » (the Formateur, from the mailbox): the same new link, in the
   * caller's transaction, for the person the earlier e-mail went to. No rate limit nor neutral
   * answer: the trainer reads the simulated mailbox anyway.
   */
  async resendFor(transaction: EntityManager, personId: string, trainerId: string): Promise<OutboundMessage> {
    const applicant = await unfinishedApplicantById(transaction, personId);
    if (!applicant) {
      throw new ConflictException(
        'Cette inscription est terminée : le mot de passe est déjà créé, un nouveau courriel de validation ne servirait à rien.',
      );
    }
    return this.sendNewLink(transaction, applicant, trainerId);
  }

  /** The earlier link stops working (« remplacé ») in the same statement that issues the new one. */
  private async sendNewLink(transaction: EntityManager, applicant: Applicant, actorPersonId: string): Promise<OutboundMessage> {
    const token = await this.links.issue(transaction, applicant.id, 'email-validation');
    await this.audit.record(transaction, {
      kind: 'signup.validation-resent',
      actorPersonId,
      ...(actorPersonId === applicant.id ? {} : { subject: { type: 'person', id: applicant.id } }),
    });
    return this.outbox.sendEmail(transaction, validationEmail(applicant, token));
  }

  /** Marks the address as proved and hands over the single-use token of the password page (step 9). */
  validate(token: string): Promise<EmailValidated> {
    return this.dataSource.transaction(async (transaction) => {
      const personId = await this.links.use(transaction, 'email-validation', token);
      // The first proof counts: a later link (after a lost password link) does not move the date.
      const [[person]]: [{ email: string }[], number] = await transaction.query(
        `UPDATE person SET email_verified_at = COALESCE(email_verified_at, $2) WHERE id = $1 RETURNING email`,
        [personId, await this.clock.now(transaction)],
      );
      const passwordToken = await this.links.issue(transaction, personId, 'password-creation');
      return { email: person.email, passwordToken };
    });
  }
}
