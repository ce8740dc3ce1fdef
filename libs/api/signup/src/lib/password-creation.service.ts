import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail } from '@portail/api-core';
import { PasswordChangeService } from '@portail/api-identity';
import { Outbox } from '@portail/api-outbox';
import { DataSource } from 'typeorm';
import { EmailLinks } from './email-links';
import { provisionalPasswordEmail } from './emails';
import { passwordOwnerById } from './people';

/** Steps 9 and 10: the first password, provisional until the first login changes it (step 11). */
@Injectable()
export class PasswordCreationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: EmailLinks,
    private readonly passwords: PasswordChangeService,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  async create(token: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (transaction) => {
      const personId = await this.links.use(transaction, 'password-creation', token);
      const owner = await passwordOwnerById(transaction, personId);
      // Checked once the token names its owner (the rule needs their names and SIRET); a refusal
      // rolls the use of the token back, so the person simply tries another password.
      const passwordHash = await this.passwords.hashAcceptable(owner, password);
      await transaction.query(`UPDATE person SET password_hash = $2, password_provisional = true WHERE id = $1`, [
        personId,
        passwordHash,
      ]);
      await this.audit.record(transaction, {
        kind: 'signup.password-created',
        actorPersonId: personId,
        subject: { type: 'person', id: personId },
      });
      await this.outbox.sendEmail(transaction, provisionalPasswordEmail(owner));
    });
  }
}
