import { ForbiddenException, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock, RateLimiter } from '@portail/api-core';
import { PasswordHasher } from '@portail/api-identity';
import { Outbox } from '@portail/api-outbox';
import type { PortfolioContext } from '@portail/api-portfolio';
import type { TransferPreview, TransferRequest, TransferResult } from '@portail/domain';
import { performance } from 'node:perf_hooks';
import { DataSource, type EntityManager } from 'typeorm';
import { portfolioHandedOverEmail, portfolioReceivedEmail, type TransferParty } from './transfer-emails';
import {
  nameOf,
  type PartyRow,
  type PortfolioOfParty,
  readParties,
  readPortfolios,
  refuseEmptySource,
  refuseSamePerson,
  refuseUnlessTransferable,
  toFirmAccount,
} from './transfer-parties';

/** Re-entering the password is a second login: as few guesses. Counted before the hash is computed. */
export const TRANSFER_PASSWORD_LIMIT = { limit: 5, windowMs: 15 * 60 * 1000 };
export const WRONG_PASSWORD = 'Le mot de passe saisi est incorrect.';
/** A transfer that lost a race (see isRetryable) starts again from the locks; beyond that, a 409. */
const MAX_ATTEMPTS = 3;

/**
 * Clients present in both portfolios (merge): the more advanced attachment stays (rattaché >
 * en attente > bloqué; the target's on a tie, it need not move), the other is deleted. A
 * collaborator to whom the deleted one was assigned keeps the client: the assignment moves to the
 * one kept. One statement, set-based, whatever the number of duplicates.
 */
const RESOLVE_DUPLICATES = `WITH ranked AS (
         SELECT source.id AS source_id, target.id AS target_id,
                array_position(ARRAY['bloque', 'en-attente', 'rattache']::attachment_status[], source.status) >
                array_position(ARRAY['bloque', 'en-attente', 'rattache']::attachment_status[], target.status) AS source_wins
           FROM attachment source
           JOIN attachment target ON target.contributor_id = source.contributor_id AND target.portfolio_id = $2
          WHERE source.portfolio_id = $1
       ), pair AS (
         SELECT CASE WHEN source_wins THEN source_id ELSE target_id END AS kept_id,
                CASE WHEN source_wins THEN target_id ELSE source_id END AS dropped_id
           FROM ranked
       ), reassigned AS (
         INSERT INTO client_assignment (person_id, attachment_id, assigned_by, assigned_at)
         SELECT client_assignment.person_id, pair.kept_id, client_assignment.assigned_by, client_assignment.assigned_at
           FROM client_assignment JOIN pair ON pair.dropped_id = client_assignment.attachment_id
         ON CONFLICT DO NOTHING
       ), dropped AS (
         DELETE FROM attachment USING pair WHERE attachment.id = pair.dropped_id RETURNING 1
       )
       SELECT count(*)::int AS duplicates FROM dropped`;

interface Transferred {
  result: TransferResult;
  /** The transaction alone, BEGIN to COMMIT (Server-Timing), without the password check. */
  transactionMs: number;
}

/**
 * « Transférer le portefeuille » from one administrator of the space to another: the preview, and
 * the transfer itself in one transaction — every client (pending and locked ones included), the
 * collaborators working in it, the SIRET login (primary account), the audit row and both e-mails,
 * all or nothing.
 */
@Injectable()
export class TransferService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  async preview(context: PortfolioContext, query: { from: string; to: string }): Promise<TransferPreview> {
    refuseSamePerson(query);
    const manager = this.dataSource.manager;
    const { from, to } = refuseUnlessTransferable(await readParties(manager, context.spaceId, [query.from, query.to], false), query);
    const portfolios = await readPortfolios(manager, context.spaceId, [from.person_id, to.person_id], false);
    const source = portfolios.find((portfolio) => portfolio.ownerPersonId === from.person_id);
    const target = portfolios.find((portfolio) => portfolio.ownerPersonId === to.person_id);
    const now = await this.clock.now();
    const targetClients = target?.total ?? 0;
    return {
      from: toFirmAccount(from, source?.total ?? 0, now),
      to: toFirmAccount(to, targetClients, now),
      mode: targetClients === 0 ? 'owner-change' : 'merge',
      counts: source?.counts ?? { 'en-attente': 0, rattache: 0, bloque: 0 },
      total: source?.total ?? 0,
      targetClients,
      collaborators: source ? await this.collaboratorsIn(source.id, context.spaceId) : [],
    };
  }

  async transfer(context: PortfolioContext, request: TransferRequest): Promise<Transferred> {
    refuseSamePerson(request);
    if (!(await this.limiter.allow(`transfer-password:${context.personId}`, TRANSFER_PASSWORD_LIMIT))) {
      throw new HttpException(
        'Trop de confirmations de transfert en peu de temps : réessayez dans 15 minutes.',
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    // bcrypt before the transaction: no connection nor lock is held while it runs.
    const [actor]: { password_hash: string | null }[] = await this.dataSource.query(`SELECT password_hash FROM person WHERE id = $1`, [
      context.personId,
    ]);
    if (!(await this.hasher.verify(request.password, actor?.password_hash))) throw new ForbiddenException(WRONG_PASSWORD);
    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      try {
        const result = await this.dataSource.transaction((transaction) => this.move(transaction, context, request));
        return { result, transactionMs: performance.now() - started };
      } catch (error) {
        if (!isRetryable(error)) throw error;
        if (attempt === MAX_ATTEMPTS) {
          throw new HttpException(
            { message: 'Le portefeuille a été modifié pendant le transfert : vérifiez le récapitulatif puis confirmez de nouveau.', reason: 'concurrent-change' },
            HttpStatus.CONFLICT,
          );
        }
      }
    }
  }

  /** The transaction: members then portfolios locked in a fixed order, then set-based statements only. */
  private async move(transaction: EntityManager, context: PortfolioContext, request: TransferRequest): Promise<TransferResult> {
    const parties = await readParties(transaction, context.spaceId, [request.from, request.to, context.personId], true);
    const { from, to } = refuseUnlessTransferable(parties, request);
    const portfolios = await readPortfolios(transaction, context.spaceId, [from.person_id, to.person_id], true);
    const source = portfolios.find((portfolio) => portfolio.ownerPersonId === from.person_id);
    refuseEmptySource(from, source);
    const target = portfolios.find((portfolio) => portfolio.ownerPersonId === to.person_id);
    const moved =
      target && target.total > 0
        ? await this.merge(transaction, source, target)
        : await this.changeOwner(transaction, source, target, to.person_id);
    if (from.is_primary) {
      // Two statements: the space has one primary member at any instant (unique index).
      await transaction.query(`UPDATE space_member SET is_primary = false WHERE space_id = $1 AND person_id = $2`, [context.spaceId, from.person_id]);
      await transaction.query(`UPDATE space_member SET is_primary = true WHERE space_id = $1 AND person_id = $2`, [context.spaceId, to.person_id]);
    }
    const result: TransferResult = { mode: moved.mode, moved: moved.moved, duplicatesResolved: moved.duplicatesResolved };
    await this.audit.record(transaction, {
      kind: 'portfolio.transferred',
      actorPersonId: context.personId,
      spaceId: context.spaceId,
      subject: { type: 'portfolio', id: moved.portfolioId },
      details: {
        from: from.person_id,
        to: to.person_id,
        mode: result.mode,
        counts: source.counts,
        moved: result.moved,
        duplicatesResolved: result.duplicatesResolved,
        primaryMoved: from.is_primary,
      },
    });
    const actor = parties.find((party) => party.person_id === context.personId) ?? from;
    const facts = {
      firmName: context.firmName,
      portfolioId: moved.portfolioId,
      from: partyOf(from),
      to: partyOf(to),
      actor: partyOf(actor),
      counts: source.counts,
      result,
      clientsAfterwards: moved.clientsAfterwards,
    };
    await this.outbox.sendEmail(transaction, portfolioReceivedEmail(facts));
    await this.outbox.sendEmail(transaction, portfolioHandedOverEmail(facts));
    return result;
  }

  /**
   * The target has no client: the portfolio changes owner, one row, whatever its size. The
   * target's empty portfolio, if any, goes (with the collaborators of it following the clients).
   */
  private async changeOwner(transaction: EntityManager, source: PortfolioOfParty, target: PortfolioOfParty | undefined, newOwner: string) {
    if (target) {
      await transaction.query(`UPDATE space_member SET portfolio_id = $1 WHERE portfolio_id = $2`, [source.id, target.id]);
      // Guarded: the counters said empty; a portfolio with clients is never deleted here.
      const [, deleted]: [unknown, number] = await transaction.query(
        `DELETE FROM portfolio WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM attachment WHERE portfolio_id = $1)`,
        [target.id],
      );
      if (deleted !== 1) throw new Error(`portfolio ${target.id}: counted empty but holds clients`);
    }
    await transaction.query(`UPDATE portfolio SET owner_person_id = $2 WHERE id = $1`, [source.id, newOwner]);
    return { mode: 'owner-change' as const, portfolioId: source.id, moved: source.total, duplicatesResolved: 0, clientsAfterwards: source.total };
  }

  /** The target has clients: the source's join them, in three set-based statements. */
  private async merge(transaction: EntityManager, source: PortfolioOfParty, target: PortfolioOfParty) {
    const [{ duplicates }]: { duplicates: number }[] = await transaction.query(RESOLVE_DUPLICATES, [source.id, target.id]);
    const [, moved]: [unknown, number] = await transaction.query(`UPDATE attachment SET portfolio_id = $2 WHERE portfolio_id = $1`, [source.id, target.id]);
    await transaction.query(`UPDATE space_member SET portfolio_id = $2 WHERE portfolio_id = $1`, [source.id, target.id]);
    return {
      mode: 'merge' as const,
      portfolioId: target.id,
      moved,
      duplicatesResolved: duplicates,
      clientsAfterwards: target.total + source.total - duplicates,
    };
  }

  private async collaboratorsIn(portfolioId: string, spaceId: string): Promise<TransferPreview['collaborators']> {
    const rows: { person_id: string; first_name: string; last_name: string; clients: number }[] = await this.dataSource.query(
      `SELECT person.id AS person_id, person.first_name, person.last_name,
              (SELECT count(*)::int FROM client_assignment
                 JOIN attachment ON attachment.id = client_assignment.attachment_id AND attachment.portfolio_id = $1
                WHERE client_assignment.person_id = space_member.person_id) AS clients
         FROM space_member JOIN person ON person.id = space_member.person_id
        WHERE space_member.space_id = $2 AND space_member.portfolio_id = $1
          AND space_member.role = 'collaborateur' AND space_member.status <> 'desactive'
        ORDER BY person.last_name, person.first_name, person.id`,
      [portfolioId, spaceId],
    );
    return rows.map((row) => ({ personId: row.person_id, name: nameOf(row), clients: row.clients }));
  }
}

function partyOf(row: PartyRow): TransferParty {
  return { personId: row.person_id, email: row.email, civility: row.civility, firstName: row.first_name, lastName: row.last_name };
}

/**
 * Deadlock or serialization failure (not expected with the fixed lock order, but cheap to absorb),
 * or the target's portfolio created at their first visit between our read and our owner change
 * (the unique owner index refuses the change): the next attempt sees it and deletes it if empty.
 */
function isRetryable(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return (
    driverError?.code === '40P01' ||
    driverError?.code === '40001' ||
    (driverError?.code === '23505' && driverError.constraint === 'portfolio_space_owner_key')
  );
}
