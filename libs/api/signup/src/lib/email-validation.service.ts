import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock, RateLimiter } from '@portail/api-core';
import { Outbox } from '@portail/api-outbox';
import type { EmailValidated } from '@portail/domain';
import { DataSource } from 'typeorm';
import { EmailLinks } from './email-links';
import { validationEmail } from './emails';
import { VALIDATION_RESENT } from './messages';
import { unfinishedApplicantByEmail } from './people';

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
        if (!applicant) return;
        const token = await this.links.issue(transaction, applicant.id, 'email-validation');
        await this.audit.record(transaction, { kind: 'signup.validation-resent', actorPersonId: applicant.id });
        await this.outbox.sendEmail(transaction, validationEmail(applicant, token));
      });
    }
    return { message: VALIDATION_RESENT };
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
