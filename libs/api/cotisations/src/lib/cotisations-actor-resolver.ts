import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedSession, RequiredRight } from '@portail/api-core';
import { MyContributor, PortfolioScope, subPortfolioFilter } from '@portail/api-portfolio';
import { DataSource } from 'typeorm';
import type { CotisationsActor } from './cotisations-actor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whose « Mes cotisations » a request opens. With a client id: an attached client of the
 * session's portfolio (or of a collaborator's sub-portfolio, with the route's right), checked in SQL (pending, locked, another firm's or unknown: the same 404).
 * Without: the TI's own record, in their own space.
 */
@Injectable()
export class CotisationsActorResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly portfolios: PortfolioScope,
    private readonly me: MyContributor,
  ) {}

  async resolve(session: AuthenticatedSession, clientId: string | undefined, required: RequiredRight): Promise<CotisationsActor> {
    if (clientId === undefined) {
      const { contributorId, personId } = await this.me.of(session);
      const [person]: { first_name: string; last_name: string }[] = await this.dataSource.query(
        `SELECT first_name, last_name FROM person WHERE id = $1`,
        [personId],
      );
      return { contributorId, personId, label: `${person.first_name} ${person.last_name}`, spaceId: null };
    }
    if (!UUID.test(clientId)) throw new BadRequestException("L'identifiant du client n'est pas valide (paramètre « id »).");
    // The right first: a collaborator without it learns nothing about which clients exist.
    const portfolio = await this.portfolios.of(session, required);
    const parameters: unknown[] = [clientId, portfolio.portfolioId];
    const [attached]: { contributor_id: string }[] = await this.dataSource.query(
      `SELECT contributor_id FROM attachment
        WHERE attachment.id = $1 AND attachment.portfolio_id = $2 AND attachment.status = 'rattache'${subPortfolioFilter(portfolio, parameters)}`,
      parameters,
    );
    if (!attached) throw new NotFoundException('Ce client ne figure pas parmi les clients rattachés à votre portefeuille.');
    return { contributorId: attached.contributor_id, personId: portfolio.personId, label: portfolio.actorLabel, spaceId: portfolio.spaceId };
  }
}
