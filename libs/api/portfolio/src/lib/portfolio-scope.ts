import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedSession } from '@portail/api-core';
import { AWAITING_CONFIGURATION } from '@portail/api-identity';
import { DataSource } from 'typeorm';

/** The portfolio a request works on, and who acts (for the history and the audit trail). */
export interface PortfolioContext {
  portfolioId: string;
  spaceId: string;
  firmName: string;
  personId: string;
  /** « Cabinet Lefebvre (Marie Lefebvre) ». */
  actorLabel: string;
}

/**
 * The portfolio the session ($1 space, $2 person) may list, as a subquery a statement embeds: the
 * same rules as PortfolioScope.of, checked in the statement that reads the clients.
 */
export const ALLOWED_PORTFOLIO = `(SELECT portfolio.id FROM portfolio
    JOIN space ON space.id = portfolio.space_id AND space.kind = 'tiers' AND space.status = 'actif'
    JOIN space_member ON space_member.space_id = space.id AND space_member.person_id = $2 AND space_member.role = 'administrateur'
   WHERE portfolio.space_id = $1)`;

interface ScopeRow {
  kind: string;
  status: string;
  portfolio_id: string | null;
  space_id: string;
  firm_name: string;
  role: string;
  first_name: string;
  last_name: string;
}

/**
 * Resolves the portfolio of the session's space, from the database on every request, in one
 * query: the space must be a tiers space the person belongs to, finalised by the Conseiller
 * (else 403, with the 3698 message while « en attente de paramétrage »). The first visit creates the
 * portfolio row, owned by the space's primary administrator.
 */
@Injectable()
export class PortfolioScope {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(session: AuthenticatedSession): Promise<PortfolioContext> {
    if (!session.spaceId) throw new ForbiddenException('Choisissez le compte sur lequel vous souhaitez intervenir.');
    let row = await this.read(session.spaceId, session.personId);
    if (!row || row.kind !== 'tiers') throw new ForbiddenException('Ce service est réservé aux espaces des tiers mandatés.');
    if (row.status !== 'actif') throw new ForbiddenException(AWAITING_CONFIGURATION);
    if (!row.portfolio_id) {
      await this.dataSource.query(
        `INSERT INTO portfolio (space_id, owner_person_id, created_at)
         SELECT space_id, person_id, now() FROM space_member WHERE space_id = $1 AND is_primary
         ON CONFLICT (space_id) DO NOTHING`,
        [row.space_id],
      );
      row = await this.read(session.spaceId, session.personId);
    }
    // Collaborators and their sub-portfolios arrive with « Gérer les comptes »: until then only
    // administrators reach the portfolio.
    if (row?.role !== 'administrateur' || !row.portfolio_id) {
      throw new ForbiddenException('Le portefeuille clients est réservé aux administrateurs de l’espace.');
    }
    return {
      portfolioId: row.portfolio_id,
      spaceId: row.space_id,
      firmName: row.firm_name,
      personId: session.personId,
      actorLabel: `${row.firm_name} (${row.first_name} ${row.last_name})`,
    };
  }

  private async read(spaceId: string, personId: string): Promise<ScopeRow | undefined> {
    const [row]: ScopeRow[] = await this.dataSource.query(
      `SELECT space.kind, space.status, portfolio.id AS portfolio_id, space.id AS space_id, space.name AS firm_name, space_member.role,
              person.first_name, person.last_name
         FROM space
         JOIN space_member ON space_member.space_id = space.id AND space_member.person_id = $2
         JOIN person ON person.id = space_member.person_id
         LEFT JOIN portfolio ON portfolio.space_id = space.id
        WHERE space.id = $1`,
      [spaceId, personId],
    );
    return row;
  }
}
