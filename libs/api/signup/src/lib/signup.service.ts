import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock } from '@portail/api-core';
import { Outbox } from '@portail/api-outbox';
import type { CheckSiretRequest, SignupAccepted } from '@portail/domain';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { EmailLinks } from './email-links';
import { validationEmail } from './emails';
import { EMAIL_ALREADY_USED, SIRET_ALREADY_REGISTERED } from './messages';
import type { SignupDto } from './signup.dto';

/** The unique indexes of the Identity migration, and the refusal each one means. */
/** A 409 that names its field, so that the portal shows it under the right input. */
function taken(field: 'siret' | 'email'): ConflictException {
  const message = field === 'siret' ? SIRET_ALREADY_REGISTERED : EMAIL_ALREADY_USED;
  return new ConflictException({ message, errors: [{ field, message }] });
}

const CONFLICTS: Readonly<Record<string, 'siret' | 'email'>> = {
  space_tiers_siret_key: 'siret',
  person_email_key: 'email',
};

/** Steps 4 to 7 of the signup of a « Tiers mandaté ». */
@Injectable()
export class SignupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly links: EmailLinks,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  async checkSiret(siret: string): Promise<CheckSiretRequest> {
    if (await this.isSiretRegistered(this.dataSource.manager, siret)) throw taken('siret');
    return { siret };
  }

  /** The space, its administrator, the validation link and its e-mail: all or nothing. */
  async submit(request: SignupDto): Promise<SignupAccepted> {
    try {
      await this.dataSource.transaction(async (transaction) => {
        await this.refuseIfTaken(transaction, request);
        const now = await this.clock.now(transaction);
        const [space]: { id: string }[] = await transaction.query(
          `INSERT INTO space (kind, name, siret, category, status, created_at)
           VALUES ('tiers', $1, $2, $3, 'en-attente-parametrage', $4) RETURNING id`,
          [request.companyName, request.siret, request.category, now],
        );
        const [person]: { id: string }[] = await transaction.query(
          `INSERT INTO person (email, civility, first_name, last_name, phone, created_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [request.email, request.civility, request.firstName, request.lastName, request.phone ?? null, now],
        );
        await transaction.query(
          `INSERT INTO space_member (space_id, person_id, role, is_primary, created_at) VALUES ($1, $2, 'administrateur', true, $3)`,
          [space.id, person.id, now],
        );
        const token = await this.links.issue(transaction, person.id, 'email-validation');
        await this.audit.record(transaction, {
          kind: 'signup.submitted',
          actorPersonId: person.id,
          subject: { type: 'space', id: space.id },
          details: { category: request.category },
        });
        await this.outbox.sendEmail(transaction, validationEmail({ ...request, id: person.id }, token));
      });
    } catch (error) {
      throw conflictOf(error) ?? error;
    }
    return { email: request.email };
  }

  /** The usual case, answered before any insert; a concurrent twin is caught by the unique indexes. */
  private async refuseIfTaken(transaction: EntityManager, request: SignupDto): Promise<void> {
    if (await this.isSiretRegistered(transaction, request.siret)) throw taken('siret');
    const [used]: unknown[] = await transaction.query(`SELECT 1 FROM person WHERE lower(email) = lower($1)`, [request.email]);
    if (used) throw taken('email');
  }

  private async isSiretRegistered(manager: EntityManager, siret: string): Promise<boolean> {
    const [registered]: unknown[] = await manager.query(`SELECT 1 FROM space WHERE kind = 'tiers' AND siret = $1`, [siret]);
    return Boolean(registered);
  }
}

/** Two identical submissions at once both pass the checks; the loser's unique violation is a 409, not a 500. */
function conflictOf(error: unknown): ConflictException | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  const field = driverError.code === '23505' ? CONFLICTS[driverError.constraint ?? ''] : undefined;
  return field ? taken(field) : null;
}
