import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttachmentStatus, PortfolioPage, PortfolioSort, PortfolioSummary } from '@portail/domain';
import { DataSource } from 'typeorm';
import { CLIENT_COLUMNS, type ClientRow, toPortfolioClient } from './client-row';
import { nameKey } from './directory/directory-entry';
import { type AuthenticatedSession, BAD_AFTER_CURSOR, decodeJsonCursor, isCursorMicroseconds, isCursorText, isCursorUuid } from '@portail/api-core';
import { ADMINISTRATOR_PORTFOLIO, type PortfolioContext, PortfolioScope, subPortfolioFilter } from './portfolio-scope';

export interface PortfolioListQuery {
  search?: string;
  status?: AttachmentStatus;
  sort?: PortfolioSort;
  after?: string;
  limit?: number;
}

/** The key a page is ordered by, and the direction; each has its index (see the Portfolio migration). */
const ORDERS = {
  nom: { column: 'attachment.name_key', descending: false },
  '-nom': { column: 'attachment.name_key', descending: true },
  ajout: { column: 'attachment.created_at', descending: false },
  '-ajout': { column: 'attachment.created_at', descending: true },
  siren: { column: 'attachment.siren', descending: false },
} as const;

const DEFAULT_LIMIT = 25;

/**
 * One page of a portfolio, by keyset: `WHERE (key, id) > (last key, last id) ORDER BY key, id
 * LIMIT n` walks one index from where the previous page stopped, so page 4,000 costs what page 1
 * does (OFFSET would read and drop every row before it). Scoped in SQL by the portfolio's id.
 */
@Injectable()
export class PortfolioList {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: PortfolioScope,
  ) {}

  /**
   * An administrator's page is read in one statement that embeds the scope check
   * (ADMINISTRATOR_PORTFOLIO): one round trip for the request a search as you type repeats. An
   * empty answer asks PortfolioScope why: a refusal (403 with its message), an empty portfolio, or
   * a collaborator, whose page is then read within their sub-portfolio.
   */
  async page(session: AuthenticatedSession, query: PortfolioListQuery): Promise<PortfolioPage> {
    if (session.spaceId) {
      const parameters: unknown[] = [session.spaceId, session.personId];
      const page = await this.read(`attachment.portfolio_id = ${ADMINISTRATOR_PORTFOLIO}`, parameters, query);
      if (page.items.length > 0) return page;
    }
    const context = await this.scope.of(session);
    return context.subPortfolioOf ? this.pageWithin(context, query) : { items: [], next: null };
  }

  /** A page of one portfolio, or of a collaborator's sub-portfolio in it (« Gérer les comptes » reads both). */
  async pageWithin(scope: Pick<PortfolioContext, 'portfolioId' | 'subPortfolioOf'>, query: PortfolioListQuery): Promise<PortfolioPage> {
    const parameters: unknown[] = [scope.portfolioId];
    const condition = `attachment.portfolio_id = $1${subPortfolioFilter(scope, parameters)}`;
    return this.read(condition, parameters, query);
  }

  private async read(scopeCondition: string, parameters: unknown[], query: PortfolioListQuery): Promise<PortfolioPage> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const { conditions: filters, bySiren } = matchingConditions(query, parameters);
    // A SIREN being typed is read in SIREN order: the matches are then one range of the index.
    const order = ORDERS[bySiren ? 'siren' : (query.sort ?? 'nom')];
    const conditions = [scopeCondition, ...filters];
    if (query.after) {
      const byDate = order.column === 'attachment.created_at';
      const [key, id] = decodeCursor(query.after);
      // Date cursors are microseconds since 1970 (a JS Date would lose the microseconds PostgreSQL
      // keeps); a cursor of another order (the sort changed) would fail the cast: the same 400.
      if (byDate && !isCursorMicroseconds(key)) throw new BadRequestException(BAD_AFTER_CURSOR);
      parameters.push(key, id);
      const keyParameter = byDate
        ? `(timestamptz 'epoch' + $${parameters.length - 1}::bigint * interval '1 microsecond')`
        : `$${parameters.length - 1}`;
      conditions.push(
        `(${order.column}, attachment.id) ${order.descending ? '<' : '>'} (${keyParameter}, $${parameters.length}::uuid)`,
      );
    }
    parameters.push(limit + 1);
    const direction = order.descending ? 'DESC' : 'ASC';
    const rows: (ClientRow & { cursor_key: string })[] = await this.dataSource.query(
      `SELECT ${CLIENT_COLUMNS}, ${cursorKeyOf(order.column)} AS cursor_key
         FROM attachment JOIN contributor ON contributor.id = attachment.contributor_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY ${order.column} ${direction}, attachment.id ${direction}
        LIMIT $${parameters.length}`,
      parameters,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toPortfolioClient),
      next: rows.length > limit && last ? encodeCursor(last.cursor_key, last.id) : null,
    };
  }

  /** Read from the counters the database keeps (migration PortfolioCounts): no count of 100,000 rows per visit. */
  async summary(context: PortfolioContext): Promise<PortfolioSummary> {
    // A collaborator's sub-portfolio is counted (it is small; the firm's counters are not theirs).
    const rows: { status: AttachmentStatus; clients: number }[] = context.subPortfolioOf
      ? await this.dataSource.query(
          `SELECT attachment.status, count(*)::int AS clients
             FROM client_assignment JOIN attachment ON attachment.id = client_assignment.attachment_id
            WHERE client_assignment.person_id = $1 AND attachment.portfolio_id = $2
            GROUP BY attachment.status`,
          [context.subPortfolioOf, context.portfolioId],
        )
      : await this.dataSource.query(`SELECT status, clients FROM portfolio_count WHERE portfolio_id = $1`, [context.portfolioId]);
    const counts: Record<AttachmentStatus, number> = { 'en-attente': 0, rattache: 0, bloque: 0 };
    for (const row of rows) counts[row.status] = row.clients;
    return { firmName: context.firmName, counts, total: counts['en-attente'] + counts.rattache + counts.bloque };
  }
}

/**
 * The list's filters as conditions on `attachment` (their parameters appended): the status, and
 * the beginning of the name (accents and case ignored) or of the SIREN when only digits are typed.
 * « Gérer les comptes » assigns « every client matching » with the very same meaning.
 */
export function matchingConditions(
  query: Pick<PortfolioListQuery, 'search' | 'status'>,
  parameters: unknown[],
): { conditions: string[]; bySiren: boolean } {
  const search = (query.search ?? '').trim();
  const sirenPrefix = /^[0-9][0-9 ]*$/.test(search) ? search.replace(/ /g, '') : null;
  const namePrefix = sirenPrefix === null ? nameKey(search) : '';
  const conditions: string[] = [];
  if (query.status) {
    parameters.push(query.status);
    conditions.push(`attachment.status = $${parameters.length}`);
  }
  if (sirenPrefix !== null) {
    parameters.push(`${sirenPrefix}%`);
    conditions.push(`attachment.siren LIKE $${parameters.length}`);
  } else if (namePrefix !== '') {
    // nameKey keeps [a-z0-9 ] only: no LIKE wildcard can come from the search.
    parameters.push(`${namePrefix}%`);
    conditions.push(`attachment.name_key LIKE $${parameters.length}`);
  }
  return { conditions, bySiren: sirenPrefix !== null };
}

function cursorKeyOf(column: string): string {
  return column === 'attachment.created_at' ? `(extract(epoch FROM ${column}) * 1000000)::bigint::text` : `${column}::text`;
}

function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  const value = decodeJsonCursor(cursor);
  if (Array.isArray(value) && value.length === 2 && isCursorText(value[0], 64) && isCursorUuid(value[1])) {
    return [value[0], value[1]];
  }
  throw new BadRequestException(BAD_AFTER_CURSOR);
}
