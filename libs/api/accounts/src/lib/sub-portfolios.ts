import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock } from '@portail/api-core';
import { matchingConditions, type PortfolioContext, PortfolioList, type PortfolioListQuery } from '@portail/api-portfolio';
import type { AssignablePage, AssignmentResult, PortfolioPage } from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AssignClientsDto } from './accounts.dto';
import { ACCOUNT_NOT_FOUND } from './firm-account-reader';

const CLIENT_NOT_IN_PORTFOLIO = 'Ce client ne figure pas dans le portefeuille où travaille ce collaborateur.';
/** Beyond this, the audit row keeps the count only (a « matching » assignment may concern 100,000 clients). */
const AUDITED_IDS_MAX = 50;

interface Collaborator {
  personId: string;
  portfolioId: string;
  status: 'invite' | 'actif' | 'desactive';
}

/**
 * A collaborator's sub-portfolio: the clients of the portfolio they work in that an administrator
 * gave them (client_assignment). PortfolioScope reads it on each of their requests, so every
 * change here applies on their next one.
 */
@Injectable()
export class SubPortfolios {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly list: PortfolioList,
  ) {}

  async page(admin: PortfolioContext, personId: string, query: PortfolioListQuery): Promise<PortfolioPage> {
    const collaborator = await this.collaborator(this.dataSource.manager, admin, personId);
    return this.list.pageWithin({ portfolioId: collaborator.portfolioId, subPortfolioOf: personId }, query);
  }

  /** The clients of the collaborator's portfolio, each saying whether it is in the sub-portfolio. */
  async assignable(admin: PortfolioContext, personId: string, query: PortfolioListQuery): Promise<AssignablePage> {
    const collaborator = await this.collaborator(this.dataSource.manager, admin, personId);
    const page = await this.list.pageWithin({ portfolioId: collaborator.portfolioId, subPortfolioOf: null }, query);
    const assigned: { attachment_id: string }[] = await this.dataSource.query(
      `SELECT attachment_id FROM client_assignment WHERE person_id = $1 AND attachment_id = ANY($2::uuid[])`,
      [personId, page.items.map((client) => client.id)],
    );
    const assignedIds = new Set(assigned.map((row) => row.attachment_id));
    return { items: page.items.map((client) => ({ ...client, assigned: assignedIds.has(client.id) })), next: page.next };
  }

  /**
   * One statement (INSERT … SELECT … ON CONFLICT DO NOTHING) whether the clients are listed or
   * matched by a search: assigning 100,000 clients is as atomic as assigning one. Only clients of
   * the collaborator's portfolio can be given; a listed id outside it answers 404, like an unknown one.
   */
  async assign(admin: PortfolioContext, personId: string, request: AssignClientsDto): Promise<AssignmentResult> {
    if (request.clientIds !== undefined && request.matching !== undefined) {
      throw new BadRequestException('Indiquez soit les clients un par un (« clientIds »), soit une recherche (« matching »), pas les deux.');
    }
    return this.dataSource.transaction(async (transaction) => {
      const collaborator = await this.collaborator(transaction, admin, personId);
      if (collaborator.status === 'desactive') throw new ConflictException('Ce compte est désactivé : aucun client ne peut plus lui être attribué.');
      const parameters: unknown[] = [personId, admin.personId, await this.clock.now(transaction), collaborator.portfolioId];
      const conditions = ['attachment.portfolio_id = $4'];
      if (request.clientIds) {
        const ids = [...new Set(request.clientIds.map((id) => id.toLowerCase()))];
        parameters.push(ids);
        conditions.push(`attachment.id = ANY($${parameters.length}::uuid[])`);
        const [{ found }]: { found: number }[] = await transaction.query(
          `SELECT count(*)::int AS found FROM attachment WHERE attachment.portfolio_id = $1 AND attachment.id = ANY($2::uuid[])`,
          [collaborator.portfolioId, ids],
        );
        if (found !== ids.length) throw new NotFoundException(CLIENT_NOT_IN_PORTFOLIO);
      } else {
        conditions.push(...matchingConditions(request.matching ?? {}, parameters).conditions);
      }
      const [added]: { assigned: number; contributor_ids: string[] | null }[] = await transaction.query(
        `WITH inserted AS (
           INSERT INTO client_assignment (person_id, attachment_id, assigned_by, assigned_at)
           SELECT $1, attachment.id, $2, $3 FROM attachment WHERE ${conditions.join(' AND ')}
           ON CONFLICT DO NOTHING
           RETURNING attachment_id
         )
         SELECT count(*)::int AS assigned,
                CASE WHEN count(*) <= ${AUDITED_IDS_MAX} THEN array_agg(attachment.contributor_id) END AS contributor_ids
           FROM inserted JOIN attachment ON attachment.id = inserted.attachment_id`,
        parameters,
      );
      if (added.assigned > 0) {
        await this.audit.record(transaction, {
          kind: 'assignment.added',
          actorPersonId: admin.personId,
          spaceId: admin.spaceId,
          subject: { type: 'person', id: personId },
          details: {
            count: added.assigned,
            ...(added.contributor_ids?.length === 1 ? { contributorId: added.contributor_ids[0] } : {}),
            ...(added.contributor_ids ? { contributorIds: added.contributor_ids } : {}),
            ...(request.matching ? { matching: request.matching } : {}),
          },
        });
      }
      return { assigned: added.assigned, clients: await this.size(transaction, collaborator) };
    });
  }

  async remove(admin: PortfolioContext, personId: string, attachmentId: string): Promise<void> {
    await this.dataSource.transaction(async (transaction) => {
      const collaborator = await this.collaborator(transaction, admin, personId);
      const [removed]: { contributor_id: string }[] = (
        await transaction.query(
          `DELETE FROM client_assignment USING attachment
            WHERE client_assignment.person_id = $1 AND client_assignment.attachment_id = $2
              AND attachment.id = client_assignment.attachment_id AND attachment.portfolio_id = $3
           RETURNING attachment.contributor_id`,
          [personId, attachmentId, collaborator.portfolioId],
        )
      )[0];
      if (!removed) throw new NotFoundException('Ce client ne figure pas dans le sous-portefeuille de ce collaborateur.');
      await this.audit.record(transaction, {
        kind: 'assignment.removed',
        actorPersonId: admin.personId,
        spaceId: admin.spaceId,
        subject: { type: 'person', id: personId },
        details: { contributorId: removed.contributor_id, attachmentId },
      });
    });
  }

  /** A collaborator of the administrator's space; an administrator has no sub-portfolio (409). */
  private async collaborator(manager: EntityManager, admin: PortfolioContext, personId: string): Promise<Collaborator> {
    const [member]: { role: string; status: Collaborator['status']; portfolio_id: string | null }[] = await manager.query(
      `SELECT role, status, portfolio_id FROM space_member WHERE space_id = $1 AND person_id = $2`,
      [admin.spaceId, personId],
    );
    if (!member) throw new NotFoundException(ACCOUNT_NOT_FOUND);
    if (member.role !== 'collaborateur' || !member.portfolio_id) {
      throw new ConflictException('Un administrateur travaille sur son propre portefeuille : il n’a pas de sous-portefeuille à attribuer.');
    }
    return { personId, portfolioId: member.portfolio_id, status: member.status };
  }

  private async size(manager: EntityManager, collaborator: Collaborator): Promise<number> {
    const [{ clients }]: { clients: number }[] = await manager.query(
      `SELECT count(*)::int AS clients FROM client_assignment JOIN attachment ON attachment.id = client_assignment.attachment_id
        WHERE client_assignment.person_id = $1 AND attachment.portfolio_id = $2`,
      [collaborator.personId, collaborator.portfolioId],
    );
    return clients;
  }
}
