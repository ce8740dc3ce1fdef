import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ADMINISTRATORS_ONLY, type AuthenticatedSession, refuseWithoutRight, type RequiredRight } from '@portail/api-core';
import { AWAITING_CONFIGURATION } from '@portail/api-identity';
import { FIRM_RIGHTS, type FirmRight, type FirmRole } from '@portail/domain';
import { DataSource } from 'typeorm';

/** The portfolio a request works on, who acts, and with which rights (read from the database on each request). */
export interface PortfolioContext {
  portfolioId: string;
  spaceId: string;
  firmName: string;
  personId: string;
  /** « Cabinet Lefebvre (Marie Lefebvre) ». */
  actorLabel: string;
  role: FirmRole;
  /** Every right for an administrator. */
  rights: readonly FirmRight[];
  /** A collaborator's person id: every client lookup is then limited to their sub-portfolio. Null for an administrator. */
  subPortfolioOf: string | null;
}

/**
 * `AND …` limiting the statement's `attachment` rows to a collaborator's sub-portfolio (its
 * parameter appended to `parameters`); nothing for an administrator. A client outside answers the
 * same 404 as one that does not exist.
 */
export function subPortfolioFilter(context: Pick<PortfolioContext, 'subPortfolioOf'>, parameters: unknown[]): string {
  if (!context.subPortfolioOf) return '';
  parameters.push(context.subPortfolioOf);
  return ` AND EXISTS (SELECT 1 FROM client_assignment
      WHERE client_assignment.attachment_id = attachment.id AND client_assignment.person_id = $${parameters.length})`;
}

/**
 * An administrator's own portfolio for the session ($1 space, $2 person), as a subquery a statement
 * embeds: the list reads an administrator's page in one round trip. Collaborators (no row here)
 * go through PortfolioScope.of.
 */
export const ADMINISTRATOR_PORTFOLIO = `(SELECT portfolio.id FROM portfolio
    JOIN space ON space.id = portfolio.space_id AND space.kind = 'tiers' AND space.status = 'actif'
    JOIN space_member ON space_member.space_id = space.id AND space_member.person_id = $2
     AND space_member.role = 'administrateur' AND space_member.status = 'actif'
   WHERE portfolio.space_id = $1 AND portfolio.owner_person_id = $2)`;

interface ScopeRow {
  kind: string;
  status: string;
  member_status: string;
  role: string;
  rights: FirmRight[];
  own_portfolio_id: string | null;
  member_portfolio_id: string | null;
  space_id: string;
  firm_name: string;
  first_name: string;
  last_name: string;
}

/**
 * Resolves, from the database on every request and in one query, the portfolio of the session's
 * space and what the person may do in it: the space must be a finalised tiers space (else 403,
 * with the 3698 message while « en attente de paramétrage ») and the person an active member. An
 * administrator works on their own portfolio (created at the first visit) with every right; a
 * collaborator on the sub-portfolio their administrator gave them, with the rights given. A right
 * refused is a 403 that names it; a change applies on the next request.
 */
@Injectable()
export class PortfolioScope {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(session: AuthenticatedSession, required?: RequiredRight): Promise<PortfolioContext> {
    if (!session.spaceId) throw new ForbiddenException('Choisissez le compte sur lequel vous souhaitez intervenir.');
    let row = await this.read(session.spaceId, session.personId);
    if (!row || row.kind !== 'tiers') throw new ForbiddenException('Ce service est réservé aux espaces des tiers mandatés.');
    if (row.status !== 'actif') throw new ForbiddenException(AWAITING_CONFIGURATION);
    if (row.member_status !== 'actif') throw new ForbiddenException('Votre compte n’est plus actif dans cet espace.');
    const administrator = row.role === 'administrateur';
    if (administrator && !row.own_portfolio_id) {
      await this.dataSource.query(
        `INSERT INTO portfolio (space_id, owner_person_id, created_at) VALUES ($1, $2, now())
         ON CONFLICT (space_id, owner_person_id) DO NOTHING`,
        [row.space_id, session.personId],
      );
      row = (await this.read(session.spaceId, session.personId)) ?? row;
    }
    const portfolioId = administrator ? row.own_portfolio_id : row.member_portfolio_id;
    if (!portfolioId || (row.role !== 'administrateur' && row.role !== 'collaborateur')) {
      throw new ForbiddenException('Aucun portefeuille clients ne vous est attribué dans cet espace.');
    }
    const rights = administrator ? FIRM_RIGHTS : row.rights;
    refuseWithoutRight(rights, required);
    return {
      portfolioId,
      spaceId: row.space_id,
      firmName: row.firm_name,
      personId: session.personId,
      actorLabel: `${row.firm_name} (${row.first_name} ${row.last_name})`,
      role: row.role,
      rights,
      subPortfolioOf: administrator ? null : session.personId,
    };
  }

  /** « Gérer les comptes », transfers and the Historique: active administrators of the space only. */
  async administrator(session: AuthenticatedSession): Promise<PortfolioContext> {
    const context = await this.of(session);
    if (context.role !== 'administrateur') throw new ForbiddenException(ADMINISTRATORS_ONLY);
    return context;
  }

  private async read(spaceId: string, personId: string): Promise<ScopeRow | undefined> {
    const [row]: ScopeRow[] = await this.dataSource.query(
      `SELECT space.kind, space.status, space_member.status AS member_status, space_member.role, space_member.rights,
              own.id AS own_portfolio_id, space_member.portfolio_id AS member_portfolio_id,
              space.id AS space_id, space.name AS firm_name, person.first_name, person.last_name
         FROM space
         JOIN space_member ON space_member.space_id = space.id AND space_member.person_id = $2
         JOIN person ON person.id = space_member.person_id
         LEFT JOIN portfolio own ON own.space_id = space.id AND own.owner_person_id = $2
        WHERE space.id = $1`,
      [spaceId, personId],
    );
    return row;
  }
}
