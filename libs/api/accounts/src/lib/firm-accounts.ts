import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock } from '@portail/api-core';
import type { PortfolioContext } from '@portail/api-portfolio';
import { FIRM_RIGHTS, type FirmAccount, type FirmRight, type FirmRole } from '@portail/domain';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { ActivationLinks, type MemberStatus, refuseUnlessInvited } from './activation/activation-links';
import type { Invitee } from './activation/activation-messages';
import type { CreateAccountDto } from './accounts.dto';
import { ACCOUNT_NOT_FOUND, FirmAccountReader } from './firm-account-reader';

export const EMAIL_TAKEN =
  'Cette adresse courriel est déjà utilisée par un compte du portail : choisissez-en une autre (une personne ne peut avoir qu’un compte).';

interface MemberRow extends Invitee {
  role: FirmRole;
  status: MemberStatus;
  rights: FirmRight[];
}

/** « Gérer les comptes »: creating an access, its rights, a new activation link, its end. */
@Injectable()
export class FirmAccounts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly links: ActivationLinks,
    private readonly audit: AuditTrail,
    private readonly reader: FirmAccountReader,
  ) {}

  /** The person, their invited membership, the 24-hour link and its e-mail, the audit row: all or nothing. */
  async create(admin: PortfolioContext, request: CreateAccountDto): Promise<FirmAccount> {
    const rights = request.role === 'collaborateur' ? inFormOrder(request.rights) : [];
    try {
      return await this.dataSource.transaction(async (transaction) => {
        const [taken]: unknown[] = await transaction.query(`SELECT 1 FROM person WHERE lower(email) = lower($1)`, [request.email]);
        if (taken) throw emailTaken();
        const now = await this.clock.now(transaction);
        const [person]: { id: string }[] = await transaction.query(
          `INSERT INTO person (email, civility, first_name, last_name, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [request.email, request.civility, request.firstName, request.lastName, now],
        );
        // A collaborator works in the portfolio of the administrator who created them.
        await transaction.query(
          `INSERT INTO space_member (space_id, person_id, role, is_primary, created_at, status, rights, portfolio_id, invited_by)
           VALUES ($1, $2, $3, false, $4, 'invite', $5, $6, $7)`,
          [admin.spaceId, person.id, request.role, now, rights, request.role === 'collaborateur' ? admin.portfolioId : null, admin.personId],
        );
        await this.audit.record(transaction, {
          kind: 'account.created',
          actorPersonId: admin.personId,
          spaceId: admin.spaceId,
          subject: { type: 'person', id: person.id },
          details: { role: request.role, rights },
        });
        await this.sendActivationLink(transaction, admin, { ...request, id: person.id });
        return this.reader.one(admin.spaceId, person.id, transaction);
      });
    } catch (error) {
      // Two creations with one address at once: the unique index answers for the later one.
      throw isEmailConflict(error) ? emailTaken() : error;
    }
  }

  /** Collaborators only (an administrator holds every right); applies on their next request. */
  async changeRights(admin: PortfolioContext, personId: string, requested: FirmRight[]): Promise<FirmAccount> {
    return this.dataSource.transaction(async (transaction) => {
      const member = await this.lockedMember(transaction, admin.spaceId, personId);
      if (member.role !== 'collaborateur') {
        throw new ConflictException('Un administrateur dispose de tous les droits : seuls ceux d’un collaborateur se modifient.');
      }
      const rights = inFormOrder(requested);
      await transaction.query(`UPDATE space_member SET rights = $3 WHERE space_id = $1 AND person_id = $2`, [admin.spaceId, personId, rights]);
      await this.audit.record(transaction, {
        kind: 'account.rights-changed',
        actorPersonId: admin.personId,
        spaceId: admin.spaceId,
        subject: { type: 'person', id: personId },
        details: { before: inFormOrder(member.rights), after: rights },
      });
      return this.reader.one(admin.spaceId, personId, transaction);
    });
  }

  /** A new 24-hour link while the account waits for its activation; the previous one stops working. */
  async resendActivation(admin: PortfolioContext, personId: string): Promise<FirmAccount> {
    return this.dataSource.transaction(async (transaction) => {
      const member = await this.lockedMember(transaction, admin.spaceId, personId);
      refuseUnlessInvited(member.status);
      await this.resendActivationLink(transaction, admin, member);
      return this.reader.one(admin.spaceId, personId, transaction);
    });
  }

  /**
   * « Adresse injoignable »: the activation e-mail bounced, so the administrator corrects the
   * address of an access not activated yet. The new address, the end of the old link, the new
   * link sent to the corrected address and the audit rows: one transaction.
   */
  async correctEmail(admin: PortfolioContext, personId: string, email: string): Promise<FirmAccount> {
    try {
      return await this.dataSource.transaction(async (transaction) => {
        const member = await this.lockedMember(transaction, admin.spaceId, personId);
        if (member.status !== 'invite') {
          throw new ConflictException(
            member.status === 'actif'
              ? 'Ce compte est déjà activé : son titulaire modifie lui-même son adresse courriel.'
              : 'Ce compte est désactivé : son adresse courriel ne se corrige plus.',
          );
        }
        const [taken]: unknown[] = await transaction.query(`SELECT 1 FROM person WHERE lower(email) = lower($1) AND id <> $2`, [email, personId]);
        if (taken) throw emailTaken();
        await transaction.query(`UPDATE person SET email = $2 WHERE id = $1`, [personId, email]);
        await this.audit.record(transaction, {
          kind: 'account.email-corrected',
          actorPersonId: admin.personId,
          spaceId: admin.spaceId,
          subject: { type: 'person', id: personId },
          details: { previousEmail: member.email, email },
        });
        // Issuing the new link cancels the one sent to the wrong address (« remplacé »).
        await this.resendActivationLink(transaction, admin, { ...member, email });
        return this.reader.one(admin.spaceId, personId, transaction);
      });
    } catch (error) {
      throw isEmailConflict(error) ? emailTaken() : error;
    }
  }

  /**
   * Ends the access: the member is deactivated and their sessions in this space (or in none yet)
   * end at once. The space's members are locked in one order, so that two administrators
   * deactivating each other at the same moment cannot leave the space without an active one.
   */
  async deactivate(admin: PortfolioContext, personId: string): Promise<FirmAccount> {
    if (personId === admin.personId) {
      throw new ConflictException('Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur de l’espace.');
    }
    return this.dataSource.transaction(async (transaction) => {
      const members: { person_id: string; role: FirmRole; status: string }[] = await transaction.query(
        `SELECT person_id, role, status FROM space_member WHERE space_id = $1 ORDER BY person_id FOR UPDATE`,
        [admin.spaceId],
      );
      const target = members.find((member) => member.person_id === personId);
      if (!target) throw new NotFoundException(ACCOUNT_NOT_FOUND);
      if (target.status === 'desactive') throw new ConflictException('Ce compte est déjà désactivé.');
      if (target.role === 'administrateur') await this.refuseAdministratorLeaving(transaction, admin.spaceId, personId, members);
      const now = await this.clock.now(transaction);
      await transaction.query(
        `UPDATE space_member SET status = 'desactive', deactivated_at = $3 WHERE space_id = $1 AND person_id = $2`,
        [admin.spaceId, personId, now],
      );
      // An unused activation link must not revive the access.
      await transaction.query(
        `UPDATE one_time_token SET cancelled_at = $2
          WHERE person_id = $1 AND purpose = 'activation' AND used_at IS NULL AND cancelled_at IS NULL`,
        [personId, now],
      );
      await transaction.query(`DELETE FROM session WHERE person_id = $1 AND (space_id = $2 OR space_id IS NULL)`, [personId, admin.spaceId]);
      await this.audit.record(transaction, {
        kind: 'account.deactivated',
        actorPersonId: admin.personId,
        spaceId: admin.spaceId,
        subject: { type: 'person', id: personId },
        details: { role: target.role, previousStatus: target.status },
      });
      return this.reader.one(admin.spaceId, personId, transaction);
    });
  }

  /** The space keeps an active administrator, and no client is left in a portfolio nobody can open. */
  private async refuseAdministratorLeaving(
    transaction: EntityManager,
    spaceId: string,
    personId: string,
    members: { person_id: string; role: FirmRole; status: string }[],
  ): Promise<void> {
    const othersActive = members.filter((member) => member.person_id !== personId && member.role === 'administrateur' && member.status === 'actif');
    if (othersActive.length === 0) {
      throw new ConflictException('C’est le dernier administrateur actif de l’espace : il ne peut pas être désactivé.');
    }
    const [{ clients }]: { clients: number }[] = await transaction.query(
      `SELECT coalesce(sum(portfolio_count.clients), 0)::int AS clients FROM portfolio
         JOIN portfolio_count ON portfolio_count.portfolio_id = portfolio.id
        WHERE portfolio.space_id = $1 AND portfolio.owner_person_id = $2`,
      [spaceId, personId],
    );
    if (clients > 0) {
      throw new ConflictException(
        `Cet administrateur a encore ${clients} client${clients > 1 ? 's' : ''} dans son portefeuille : transférez d’abord son portefeuille à un autre administrateur, puis désactivez son compte.`,
      );
    }
  }

  /** A new link for an invited account (the old one stops working), audited as « Nouveau lien d’activation ». */
  private async resendActivationLink(
    transaction: EntityManager,
    admin: PortfolioContext,
    invitee: Invitee & { role: FirmRole; id: string },
  ): Promise<void> {
    await this.sendActivationLink(transaction, admin, invitee);
    await this.audit.record(transaction, {
      kind: 'account.activation-resent',
      actorPersonId: admin.personId,
      spaceId: admin.spaceId,
      subject: { type: 'person', id: invitee.id },
    });
  }

  private async sendActivationLink(transaction: EntityManager, admin: PortfolioContext, invitee: Invitee & { role: FirmRole }): Promise<void> {
    const [inviter]: { name: string }[] = await transaction.query(
      `SELECT first_name || ' ' || last_name AS name FROM person WHERE id = $1`,
      [admin.personId],
    );
    await this.links.send(transaction, invitee, admin.firmName, inviter.name);
  }

  private async lockedMember(transaction: EntityManager, spaceId: string, personId: string): Promise<MemberRow> {
    const [member]: MemberRow[] = await transaction.query(
      `SELECT person.id, person.email, person.civility, person.first_name AS "firstName", person.last_name AS "lastName",
              space_member.role, space_member.status, space_member.rights
         FROM space_member JOIN person ON person.id = space_member.person_id
        WHERE space_member.space_id = $1 AND space_member.person_id = $2
        FOR UPDATE OF space_member`,
      [spaceId, personId],
    );
    if (!member) throw new NotFoundException(ACCOUNT_NOT_FOUND);
    return member;
  }
}

/** Known rights, each once, in the order of the form. */
function inFormOrder(rights: readonly FirmRight[]): FirmRight[] {
  return FIRM_RIGHTS.filter((right) => rights.includes(right));
}

function emailTaken(): ConflictException {
  return new ConflictException({ message: EMAIL_TAKEN, errors: [{ field: 'email', message: EMAIL_TAKEN }] });
}

function isEmailConflict(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === 'person_email_key';
}
