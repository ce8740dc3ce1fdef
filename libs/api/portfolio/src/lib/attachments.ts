import { BadRequestException, ConflictException, HttpException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock, RateLimiter } from '@portail/api-core';
import { PasswordHasher } from '@portail/api-identity';
import { Outbox } from '@portail/api-outbox';
import {
  type AddClientRequest,
  type FinaliseAttachmentRequest,
  isSecurityCodeShape,
  MAX_FINALISATION_TRIES,
  normaliseSecretAnswer,
  normaliseSecurityCode,
  type PortfolioClientDetail,
  SECURITY_CODE_ALPHABET,
  SECURITY_CODE_LENGTH,
} from '@portail/domain';
import { randomInt } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { attachmentFinalisedEmail, attachmentRequestedEmail, type ContributorAddressee, securityCodeLetter } from './attachment-messages';
import { CLIENT_COLUMNS, type ClientRow, toPortfolioClient } from './client-row';
import { ContributorLookup } from './directory/contributor-lookup';
import { contributorName, nameKey } from './directory/directory-entry';
import { type PortfolioContext, subPortfolioFilter } from './portfolio-scope';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Beyond the 5 tries of one attachment (then « bloqué »): deleting and re-adding a client gives 5
 * more, so tries are also capped per client across every firm, and per firm across its clients,
 * over 24 hours of the sandbox clock.
 */
export const PROOF_LIMITS = {
  perContributor: { limit: 10, windowMs: DAY_MS },
  perPortfolio: { limit: 100, windowMs: DAY_MS },
};

export const WRONG_PROOF =
  'Les informations saisies ne permettent pas de finaliser le rattachement. Vérifiez les réponses aux questions secrètes ou le code de sécurité auprès de votre client.';
export const LOCKED =
  'Le rattachement de ce client est bloqué après 5 essais infructueux. Pour obtenir un nouveau code de sécurité, supprimez le client puis ajoutez-le de nouveau en cliquant sur « Ajouter un client » : un nouveau courrier lui sera envoyé.';
const CODE_SHAPE =
  'Le code de sécurité comporte 12 caractères (chiffres de 2 à 9 et lettres majuscules), tel qu’imprimé sur le courrier : par exemple ABCD-EFGH-JKMN.';
const NOT_FOUND = 'Ce client ne figure pas dans votre portefeuille.';

interface ProofRow {
  contributor_id: string;
  status: string;
  failed_tries: number;
  security_code_hash: string | null;
  secret_answer_1_hash: string;
  secret_answer_2_hash: string;
}

/** « Ajouter un client », finalising by secret answers or by the letter's code, « Supprimer ». */
@Injectable()
export class Attachments {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly lookup: ContributorLookup,
  ) {}

  /** A pending attachment, the contributor's e-mail and the letter with a new code: all or nothing. */
  async add(context: PortfolioContext, request: AddClientRequest): Promise<PortfolioClientDetail> {
    const contributor = await this.lookup.find(request);
    const code = newSecurityCode();
    // bcrypt before the transaction: no connection is held while it runs.
    const codeHash = await this.hasher.hash(code);
    const attachmentId = await this.dataSource.transaction(async (transaction) => {
      const [elsewhere] = await transaction.query(
        `SELECT 1 FROM attachment WHERE contributor_id = $1 AND status = 'rattache' AND portfolio_id <> $2`,
        [contributor.id, context.portfolioId],
      );
      if (elsewhere) {
        throw new ConflictException({
          message:
            'Ce travailleur indépendant est déjà rattaché au portefeuille d’un autre tiers déclarant. Un client ne peut avoir qu’un tiers déclarant à la fois : il doit d’abord mettre fin à ce mandat auprès de son cabinet actuel.',
          reason: 'attached-elsewhere',
        });
      }
      const now = await this.clock.now(transaction);
      const [row]: { id: string }[] = await transaction.query(
        `INSERT INTO attachment (portfolio_id, contributor_id, name_key, siren, security_code_hash, added_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (portfolio_id, contributor_id) DO NOTHING
         RETURNING id`,
        [context.portfolioId, contributor.id, nameKey(contributorName(contributor.entry)), contributor.entry.siren, codeHash, context.personId, now],
      );
      if (!row) {
        throw new ConflictException({
          message: 'Ce client figure déjà dans votre portefeuille. Pour lui faire envoyer un nouveau code, supprimez-le puis ajoutez-le de nouveau.',
          reason: 'already-in-portfolio',
        });
      }
      // A collaborator's new client joins their own sub-portfolio.
      if (context.subPortfolioOf) {
        await transaction.query(
          `INSERT INTO client_assignment (person_id, attachment_id, assigned_by, assigned_at) VALUES ($1, $2, $1, $3)`,
          [context.subPortfolioOf, row.id, now],
        );
      }
      await this.outbox.sendEmail(transaction, attachmentRequestedEmail(contributor.addressee, context.firmName, row.id));
      await this.outbox.sendLetter(transaction, securityCodeLetter(contributor.addressee, context.firmName, code, row.id));
      await this.audit.record(transaction, {
        kind: 'attachment.added',
        actorPersonId: context.personId,
        spaceId: context.spaceId,
        subject: { type: 'attachment', id: row.id },
        details: { portfolioId: context.portfolioId, contributorId: contributor.id },
      });
      return row.id;
    });
    return this.detail(context, attachmentId);
  }

  async detail(context: PortfolioContext, attachmentId: string, manager: EntityManager = this.dataSource.manager): Promise<PortfolioClientDetail> {
    const parameters: unknown[] = [attachmentId, context.portfolioId];
    const [row]: (ClientRow & { secret_question_1: string; secret_question_2: string })[] = await manager.query(
      `SELECT ${CLIENT_COLUMNS}, contributor.secret_question_1, contributor.secret_question_2
         FROM attachment JOIN contributor ON contributor.id = attachment.contributor_id
        WHERE attachment.id = $1 AND attachment.portfolio_id = $2${subPortfolioFilter(context, parameters)}`,
      parameters,
    );
    if (!row) throw new NotFoundException(NOT_FOUND);
    return {
      ...toPortfolioClient(row),
      secretQuestions: row.status === 'en-attente' ? [row.secret_question_1, row.secret_question_2] : [],
      triesLeft: MAX_FINALISATION_TRIES - row.failed_tries,
    };
  }

  /**
   * Each try is counted before the answers are compared, in one UPDATE that refuses a sixth: ten
   * concurrent guesses cannot get more than five compared. A right answer gives its try back.
   */
  async finalise(context: PortfolioContext, attachmentId: string, proof: FinaliseAttachmentRequest): Promise<PortfolioClientDetail> {
    const parameters: unknown[] = [attachmentId, context.portfolioId];
    const [current]: ProofRow[] = await this.dataSource.query(
      `SELECT attachment.contributor_id, attachment.status, attachment.failed_tries FROM attachment
        WHERE attachment.id = $1 AND attachment.portfolio_id = $2${subPortfolioFilter(context, parameters)}`,
      parameters,
    );
    if (!current) throw new NotFoundException(NOT_FOUND);
    this.refuseUnlessPending(current.status);
    // A mistyped code (wrong length, a letter that no code contains) does not cost a try.
    if (proof.method === 'code' && !isSecurityCodeShape(normaliseSecurityCode(proof.code))) {
      throw new BadRequestException({ message: CODE_SHAPE, errors: [{ field: 'code', message: CODE_SHAPE }] });
    }
    const allowed =
      (await this.limiter.allow(`attachment-proof:contributor:${current.contributor_id}`, PROOF_LIMITS.perContributor)) &&
      (await this.limiter.allow(`attachment-proof:portfolio:${context.portfolioId}`, PROOF_LIMITS.perPortfolio));
    if (!allowed) {
      throw new HttpException(
        'Trop d’essais de finalisation en 24 heures pour ce client ou pour votre cabinet. Réessayez demain, ou faites envoyer un nouveau courrier à votre client.',
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const [counted]: ProofRow[] = (
      await this.dataSource.query(
        `UPDATE attachment SET failed_tries = attachment.failed_tries + 1
           FROM contributor
          WHERE attachment.id = $1 AND attachment.portfolio_id = $2 AND attachment.status = 'en-attente'
            AND attachment.failed_tries < ${MAX_FINALISATION_TRIES} AND contributor.id = attachment.contributor_id
          RETURNING attachment.contributor_id, attachment.status, attachment.failed_tries, attachment.security_code_hash,
                    contributor.secret_answer_1_hash, contributor.secret_answer_2_hash`,
        [attachmentId, context.portfolioId],
      )
    )[0];
    if (!counted) return this.refuseAfterRace(context, attachmentId);
    if (await this.proves(proof, counted)) return this.attach(context, attachmentId);
    return this.countFailure(context, attachmentId, counted.failed_tries);
  }

  async remove(context: PortfolioContext, attachmentId: string): Promise<void> {
    await this.dataSource.transaction(async (transaction) => {
      const parameters: unknown[] = [attachmentId, context.portfolioId];
      const [deleted]: { contributor_id: string; status: string }[] = (
        await transaction.query(
          `DELETE FROM attachment WHERE attachment.id = $1 AND attachment.portfolio_id = $2${subPortfolioFilter(context, parameters)}
           RETURNING contributor_id, status`,
          parameters,
        )
      )[0];
      if (!deleted) throw new NotFoundException(NOT_FOUND);
      await this.audit.record(transaction, {
        kind: 'attachment.deleted',
        actorPersonId: context.personId,
        spaceId: context.spaceId,
        subject: { type: 'attachment', id: attachmentId },
        details: { portfolioId: context.portfolioId, contributorId: deleted.contributor_id, status: deleted.status },
      });
    });
  }

  /** Both answers are always compared (no early exit): the time taken does not tell which one was wrong. */
  private async proves(proof: FinaliseAttachmentRequest, row: ProofRow): Promise<boolean> {
    if (proof.method === 'code') {
      return row.security_code_hash !== null && (await this.hasher.verify(normaliseSecurityCode(proof.code), row.security_code_hash));
    }
    const [first, second] = await Promise.all([
      this.hasher.verify(normaliseSecretAnswer(proof.answers[0]), row.secret_answer_1_hash),
      this.hasher.verify(normaliseSecretAnswer(proof.answers[1]), row.secret_answer_2_hash),
    ]);
    return first && second;
  }

  private async attach(context: PortfolioContext, attachmentId: string): Promise<PortfolioClientDetail> {
    try {
      return await this.dataSource.transaction(async (transaction) => {
        const now = await this.clock.now(transaction);
        const [attached]: { contributor_id: string }[] = (
          await transaction.query(
            `UPDATE attachment SET status = 'rattache', attached_at = $3, failed_tries = failed_tries - 1, security_code_hash = NULL
              WHERE id = $1 AND portfolio_id = $2 AND status = 'en-attente'
              RETURNING contributor_id`,
            [attachmentId, context.portfolioId, now],
          )
        )[0];
        if (!attached) throw new ConflictException({ message: 'Ce client n’est plus en attente de rattachement.', reason: 'not-pending' });
        const [contributor]: ContributorAddressee[] = await transaction.query(
          `SELECT civility, first_name, last_name, email, address_line, postal_code, city, ti_number FROM contributor WHERE id = $1`,
          [attached.contributor_id],
        );
        await this.outbox.sendEmail(transaction, attachmentFinalisedEmail(contributor, context.firmName, attachmentId));
        await this.audit.record(transaction, {
          kind: 'attachment.finalised',
          actorPersonId: context.personId,
          spaceId: context.spaceId,
          subject: { type: 'attachment', id: attachmentId },
          details: { portfolioId: context.portfolioId, contributorId: attached.contributor_id },
        });
        return this.detail(context, attachmentId, transaction);
      });
    } catch (error) {
      // Another firm finalised the same client first: one tiers déclarant at a time.
      if ((error as { driverError?: { constraint?: string } }).driverError?.constraint === 'attachment_single_mandate_key') {
        throw new ConflictException({
          message: 'Ce travailleur indépendant vient d’être rattaché au portefeuille d’un autre tiers déclarant.',
          reason: 'attached-elsewhere',
        });
      }
      throw error;
    }
  }

  private async countFailure(context: PortfolioContext, attachmentId: string, failedTries: number): Promise<never> {
    const locked = failedTries >= MAX_FINALISATION_TRIES;
    await this.dataSource.transaction(async (transaction) => {
      if (locked) {
        await transaction.query(`UPDATE attachment SET status = 'bloque', security_code_hash = NULL WHERE id = $1 AND status = 'en-attente'`, [
          attachmentId,
        ]);
      }
      await this.audit.record(transaction, {
        kind: locked ? 'attachment.locked' : 'attachment.proof-refused',
        actorPersonId: context.personId,
        spaceId: context.spaceId,
        subject: { type: 'attachment', id: attachmentId },
        details: { portfolioId: context.portfolioId, failedTries },
      });
    });
    if (locked) throw new ConflictException({ message: LOCKED, reason: 'locked' });
    throw new HttpException(
      { message: `${WRONG_PROOF} ${triesLeftSentence(MAX_FINALISATION_TRIES - failedTries)}`, reason: 'wrong-proof', triesLeft: MAX_FINALISATION_TRIES - failedTries },
      HttpStatus.BAD_REQUEST,
    );
  }

  private async refuseAfterRace(context: PortfolioContext, attachmentId: string): Promise<never> {
    const detail = await this.detail(context, attachmentId);
    this.refuseUnlessPending(detail.status);
    // Pending with 5 tries counted: the other tries in flight will decide.
    throw new ConflictException({ message: LOCKED, reason: 'locked' });
  }

  private refuseUnlessPending(status: string): void {
    if (status === 'bloque') throw new ConflictException({ message: LOCKED, reason: 'locked' });
    if (status === 'rattache') throw new ConflictException({ message: 'Le rattachement de ce client est déjà finalisé.', reason: 'not-pending' });
  }
}

function triesLeftSentence(triesLeft: number): string {
  return triesLeft === 1 ? 'Il vous reste 1 essai.' : `Il vous reste ${triesLeft} essais.`;
}

/** 12 characters drawn uniformly (crypto.randomInt) from the alphabet without look-alikes. */
export function newSecurityCode(): string {
  return Array.from({ length: SECURITY_CODE_LENGTH }, () => SECURITY_CODE_ALPHABET[randomInt(SECURITY_CODE_ALPHABET.length)]).join('');
}
