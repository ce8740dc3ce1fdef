import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock } from '@portail/api-core';
import { Outbox } from '@portail/api-outbox';
import { FIRM_RIGHTS, type PendingSpace, type SpaceSummary, type TiersCategory } from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { finalisationEmail } from './finalisation-email';

// A working queue, served oldest first: the next ones show up as the first are finalised.
const PENDING_PAGE = 500;

/**
 * Spaces a Conseiller can finalise: awaiting configuration, and whose primary administrator
 * has proved their address and created a password (the signup is complete, step 12).
 */
const COMPLETED_SIGNUP = `space.kind = 'tiers' AND space.status = 'en-attente-parametrage'
  AND person.email_verified_at IS NOT NULL AND person.password_hash IS NOT NULL`;

const SPACE_WITH_ADMINISTRATOR = `FROM space
  JOIN space_member ON space_member.space_id = space.id AND space_member.is_primary
  JOIN person ON person.id = space_member.person_id`;

interface PendingRow {
  id: string;
  name: string;
  siret: string;
  category: TiersCategory;
  created_at: Date;
  email: string;
  first_name: string;
  last_name: string;
}

interface SpaceRow extends PendingRow {
  status: SpaceSummary['status'];
  role: SpaceSummary['role'];
  person_id: string;
  complete: boolean;
}

/** The Conseiller Urssaf's side of step 12: « Finaliser le paramétrage ». */
@Injectable()
export class BackofficeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  async pendingSpaces(): Promise<PendingSpace[]> {
    const rows: PendingRow[] = await this.dataSource.query(
      `SELECT space.id, space.name, space.siret, space.category, space.created_at, person.email, person.first_name, person.last_name
         ${SPACE_WITH_ADMINISTRATOR}
        WHERE ${COMPLETED_SIGNUP}
        ORDER BY space.created_at, space.id
        LIMIT ${PENDING_PAGE}`,
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      siret: row.siret,
      category: row.category,
      administrator: { email: row.email, firstName: row.first_name, lastName: row.last_name },
      createdAt: new Date(row.created_at).toISOString(),
    }));
  }

  /** Opens the portfolio features of the space and tells its administrator, in one transaction. */
  finalise(spaceId: string, conseillerId: string): Promise<SpaceSummary> {
    return this.dataSource.transaction(async (transaction) => {
      const space = await this.lockSpace(transaction, spaceId);
      if (space.status === 'actif') throw new ConflictException('Le paramétrage de cet espace est déjà finalisé.');
      if (!space.complete) {
        throw new ConflictException(
          "L'inscription de cet espace n'est pas terminée : son administrateur doit d'abord valider son adresse courriel et créer son mot de passe.",
        );
      }
      await transaction.query(`UPDATE space SET status = 'actif', finalised_at = $2, finalised_by = $3 WHERE id = $1`, [
        spaceId,
        await this.clock.now(transaction),
        conseillerId,
      ]);
      await this.audit.record(transaction, {
        kind: 'space.finalised',
        actorPersonId: conseillerId,
        subject: { type: 'space', id: spaceId },
        spaceId,
      });
      await this.outbox.sendEmail(
        transaction,
        finalisationEmail({
          name: space.name,
          administrator: { id: space.person_id, email: space.email, firstName: space.first_name, lastName: space.last_name },
        }),
      );
      return { id: space.id, kind: 'tiers', name: space.name, siret: space.siret, status: 'actif', role: space.role, rights: [...FIRM_RIGHTS] };
    });
  }

  /** The row lock makes two Conseillers finalising together answer 200 and 409, with one e-mail. */
  private async lockSpace(transaction: EntityManager, spaceId: string): Promise<SpaceRow> {
    const [space]: SpaceRow[] = await transaction.query(
      `SELECT space.id, space.name, space.siret, space.category, space.created_at, space.status, space_member.role,
              person.id AS person_id, person.email, person.first_name, person.last_name,
              (person.email_verified_at IS NOT NULL AND person.password_hash IS NOT NULL) AS complete
         ${SPACE_WITH_ADMINISTRATOR}
        WHERE space.id = $1 AND space.kind = 'tiers'
          FOR UPDATE OF space`,
      [spaceId],
    );
    if (!space) throw new NotFoundException("Cet espace n'existe pas.");
    return space;
  }
}
