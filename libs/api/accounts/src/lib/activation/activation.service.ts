import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock } from '@portail/api-core';
import { OneTimeTokens, PasswordChangeService, sha256 } from '@portail/api-identity';
import type { ActivationInvitation, FirmRole } from '@portail/domain';
import { DataSource } from 'typeorm';
import { ActivationRefusedException } from './activation-messages';

interface InvitationRow {
  expires_at: Date;
  used_at: Date | null;
  cancelled_at: Date | null;
  first_name: string;
  last_name: string;
  email: string;
  firm_name: string | null;
  role: FirmRole | null;
}

/**
 * The activation of an access created in « Gérer les comptes »: within 24 hours of the link (sandbox
 * clock), once; the person chooses their password and then logs in with their e-mail address.
 */
@Injectable()
export class ActivationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tokens: OneTimeTokens,
    private readonly passwords: PasswordChangeService,
    private readonly audit: AuditTrail,
  ) {}

  /** Who the link invites, to greet them on the password page; nothing is used yet. */
  async check(token: string): Promise<ActivationInvitation> {
    const [row]: InvitationRow[] = await this.dataSource.query(
      `SELECT one_time_token.expires_at, one_time_token.used_at, one_time_token.cancelled_at,
              person.first_name, person.last_name, person.email, space.name AS firm_name, space_member.role
         FROM one_time_token
         JOIN person ON person.id = one_time_token.person_id
         LEFT JOIN space_member ON space_member.person_id = person.id AND space_member.status = 'invite'
         LEFT JOIN space ON space.id = space_member.space_id
        WHERE one_time_token.token_hash = $1 AND one_time_token.purpose = 'activation'`,
      [sha256(token)],
    );
    if (!row) throw new ActivationRefusedException('unknown');
    if (row.used_at) throw new ActivationRefusedException('used');
    if (row.cancelled_at) throw new ActivationRefusedException('replaced');
    if (row.expires_at <= (await this.clock.now())) throw new ActivationRefusedException('expired');
    if (!row.firm_name || !row.role) throw new ActivationRefusedException('used');
    return { firstName: row.first_name, lastName: row.last_name, email: row.email, firmName: row.firm_name, role: row.role };
  }

  /**
   * The use of the token (one UPDATE … RETURNING), the password, the address proved by the link
   * and the active membership: one transaction. A password the rule refuses rolls the use of the
   * token back, so the person simply tries another one.
   */
  async activate(token: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (transaction) => {
      const use = await this.tokens.use(transaction, 'activation', token);
      if (!use.used) throw new ActivationRefusedException(use.reason);
      const now = await this.clock.now(transaction);
      const [member]: { space_id: string; first_name: string; last_name: string }[] = (
        await transaction.query(
          `UPDATE space_member SET status = 'actif' FROM person
            WHERE space_member.person_id = $1 AND space_member.status = 'invite' AND person.id = space_member.person_id
           RETURNING space_member.space_id, person.first_name, person.last_name`,
          [use.personId],
        )
      )[0];
      if (!member) throw new ActivationRefusedException('used');
      const passwordHash = await this.passwords.hashAcceptable({ firstName: member.first_name, lastName: member.last_name, siret: null }, password);
      await transaction.query(
        `UPDATE person SET password_hash = $2, password_provisional = false, email_verified_at = coalesce(email_verified_at, $3) WHERE id = $1`,
        [use.personId, passwordHash, now],
      );
      const subject = { type: 'person', id: use.personId };
      await this.audit.record(transaction, { kind: 'token.used', actorPersonId: use.personId, spaceId: member.space_id, subject, details: { purpose: 'activation' } });
      await this.audit.record(transaction, { kind: 'account.activated', actorPersonId: use.personId, spaceId: member.space_id, subject });
    });
  }
}
