import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, RateLimiter } from '@portail/api-core';
import { PasswordChangeService, Person, Sessions } from '@portail/api-identity';
import { type OutboundMessage, Outbox } from '@portail/api-outbox';
import { DataSource, type EntityManager } from 'typeorm';
import { EmailLinks } from './email-links';
import { type Addressee, passwordResetEmail } from './emails';
import { PASSWORD_RESET_REQUESTED } from './messages';
import { accountHolderByEmail, accountHolderById, primarySiretOf } from './people';

/** Enough for a lost or late e-mail; too few to flood someone's mailbox through the portal. */
export const RESET_REQUEST_LIMIT = { limit: 5, windowMs: 3_600_000 };

/** « Mot de passe oublié »: a link by e-mail, then a new personal password. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: EmailLinks,
    private readonly passwords: PasswordChangeService,
    private readonly sessions: Sessions,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /** Over the limit nothing is sent, and the answer never says whether the address has an account. */
  async request(email: string): Promise<{ message: string }> {
    if (await this.rateLimiter.allow(`password-reset:${email.toLowerCase()}`, RESET_REQUEST_LIMIT)) {
      await this.dataSource.transaction(async (transaction) => {
        const person = await accountHolderByEmail(transaction, email);
        if (person) await this.sendLink(transaction, person, person.id);
      });
    }
    return { message: PASSWORD_RESET_REQUESTED };
  }

  /** The sandbox's « Renvoyer » (the Formateur): a new 1-hour link for the person of an earlier reset e-mail. */
  async resendFor(transaction: EntityManager, personId: string, trainerId: string): Promise<OutboundMessage> {
    const person = await accountHolderById(transaction, personId);
    if (!person) throw new ConflictException('Ce compte n’a pas de mot de passe à réinitialiser.');
    return this.sendLink(transaction, person, trainerId);
  }

  /** A new link; the earlier one becomes « remplacé ». */
  private async sendLink(transaction: EntityManager, person: Addressee, actorPersonId: string): Promise<OutboundMessage> {
    const token = await this.links.issue(transaction, person.id, 'password-reset');
    await this.audit.record(transaction, {
      kind: 'password-reset.requested',
      actorPersonId,
      ...(actorPersonId === person.id ? {} : { subject: { type: 'person', id: person.id } }),
    });
    return this.outbox.sendEmail(transaction, passwordResetEmail(person, token));
  }

  /** The new password, the end of every session and of the login throttle: all or nothing. */
  async reset(token: string, newPassword: string): Promise<void> {
    await this.dataSource.transaction(async (transaction) => {
      const personId = await this.links.use(transaction, 'password-reset', token);
      const person = await transaction.getRepository(Person).findOneByOrFail({ id: personId });
      // A refusal of the password rolls the use of the token back: the link works for another try.
      const passwordHash = await this.passwords.hashAcceptable(
        { ...person, siret: await primarySiretOf(transaction, personId) },
        newPassword,
      );
      await this.passwords.store(transaction, person, passwordHash, 'password.reset');
      // Whoever held a session (perhaps the reason for the reset) is logged out everywhere.
      await this.sessions.closeAllOf(transaction, personId);
      // The owner proved they hold the mailbox: the waits earned by failed guesses no longer apply.
      await transaction.query(`UPDATE person SET failed_login_streak = 0, login_blocked_until = NULL WHERE id = $1`, [personId]);
      await transaction.query(`DELETE FROM login_failure WHERE person_id = $1`, [personId]);
    });
  }
}
