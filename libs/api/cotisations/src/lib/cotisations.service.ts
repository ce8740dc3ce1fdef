import { BadRequestException, ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock, SandboxFaults } from '@portail/api-core';
import {
  CARD_MESSAGES,
  CONTRIBUTION_REQUEST_LABELS,
  type CardPaymentRequest,
  type ContributionRequestInput,
  type CotisationsOverview,
  type DeclareIncomeRequest,
  isDeclinedTestCard,
  instalmentName,
  instalmentTitle,
  parisYear,
  PAYMENT_METHOD_LABELS,
  type PaymentMethod,
  type SepaMandateRequest,
  type TelepaymentRequest,
  validateCardCvc,
  validateCardExpiry,
  validateCardNumber,
  validateFrenchIban,
  type Validation,
} from '@portail/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { CotisationsActor } from './cotisations-actor';
import { euros } from './debit-rejected-email';
import { DirectDebits } from './direct-debits';
import { readOverview } from './overview-reader';
import { ensureSchedules, recalculateFrom } from './schedule';

/** An unpaid instalment about to be paid, with how the history names it. */
interface PayableInstalment {
  id: string;
  amount: number;
  /** « échéance de mars 2027 », « régularisation 2026 » */
  title: string;
  /** « l’échéance de mars 2027 », « la régularisation 2026 » */
  name: string;
}

/** Every action of « Mes cotisations » changes state and writes its line of history, in one transaction. */
@Injectable()
export class CotisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly faults: SandboxFaults,
    private readonly debits: DirectDebits,
  ) {}

  overview(actor: CotisationsActor): Promise<CotisationsOverview> {
    return this.dataSource.transaction(async (transaction) => {
      const now = await this.clock.now(transaction);
      await ensureSchedules(transaction, actor.contributorId, now);
      await this.debits.settle(transaction, actor.contributorId, now);
      return readOverview(transaction, actor.contributorId, now);
    });
  }

  declareIncome(actor: CotisationsActor, request: DeclareIncomeRequest): Promise<CotisationsOverview> {
    return this.change(actor, async (transaction, now) => {
      const year = parisYear(now);
      if (request.year !== year - 1) {
        throw new BadRequestException({
          message: `Seul le revenu de ${year - 1} peut être déclaré cette année (champ « year »).`,
          errors: [{ field: 'year', message: `Seul le revenu de ${year - 1} peut être déclaré cette année.` }],
        });
      }
      await transaction.query(
        `INSERT INTO income_declaration (contributor_id, year, income_cents, declared_at, declared_by_person_id, declared_by_label)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [actor.contributorId, request.year, request.incomeCents, now, actor.personId, actor.label],
      );
      const recalculated = await recalculateFrom(transaction, actor.contributorId, request.year, now);
      const amounts = recalculated.map(({ year: of, annualCents }) =>
        of === year ? `cotisations ${of} recalculées (${euros(annualCents)})` : `échéancier provisionnel ${of} recalculé (${euros(annualCents)})`,
      );
      await this.history(transaction, actor, now, [`Déclaration du revenu ${request.year}`, ...amounts].join(' ; '), request.incomeCents);
    });
  }

  /**
   * A refused card (the declined test card, or any card while the trainer's « carte refusée »
   * fault is armed) commits its line of history, and the fault's use, before the 422: a refusal
   * that rolled back would leave the fault armed for the next payment.
   */
  async payByCard(actor: CotisationsActor, request: CardPaymentRequest): Promise<CotisationsOverview> {
    const card = { declined: false };
    const overview = await this.change(actor, async (transaction, now) => {
      const number = valid('cardNumber', validateCardNumber(request.cardNumber));
      valid('expiry', validateCardExpiry(request.expiry, now));
      valid('cvc', validateCardCvc(request.cvc));
      if (request.holder.trim() === '') valid('holder', { valid: false, reason: 'required', message: CARD_MESSAGES.holderRequired });
      const instalment = await this.unpaidInstalment(transaction, actor, request.instalmentId);
      card.declined = isDeclinedTestCard(number) || (await this.faults.consume(transaction, 'card-declined'));
      if (card.declined) {
        await this.history(transaction, actor, now, `Paiement par carte bancaire refusé — ${instalment.title}`, instalment.amount);
        return;
      }
      await this.settle(transaction, actor, now, instalment, 'carte');
    });
    if (card.declined) throw new UnprocessableEntityException({ message: CARD_MESSAGES.declined, reason: 'card-declined' });
    return overview;
  }

  payByTransfer(actor: CotisationsActor, request: TelepaymentRequest): Promise<CotisationsOverview> {
    return this.change(actor, async (transaction, now) => {
      valid('iban', validateFrenchIban(request.iban));
      const instalment = await this.unpaidInstalment(transaction, actor, request.instalmentId);
      await this.settle(transaction, actor, now, instalment, 'telepaiement');
    });
  }

  signMandate(actor: CotisationsActor, request: SepaMandateRequest): Promise<CotisationsOverview> {
    return this.change(actor, async (transaction, now) => {
      const iban = valid('iban', validateFrenchIban(request.iban));
      const holder = request.holder.trim();
      if (holder === '') valid('holder', { valid: false, reason: 'required', message: 'Le nom du titulaire du compte est obligatoire.' });
      await transaction.query(`UPDATE sepa_mandate SET revoked_at = $2 WHERE contributor_id = $1 AND revoked_at IS NULL`, [actor.contributorId, now]);
      const reference = `RUM-${parisYear(now)}-${randomBytes(5).toString('hex').toUpperCase()}`;
      await transaction.query(`INSERT INTO sepa_mandate (contributor_id, holder, iban, reference, signed_at) VALUES ($1, $2, $3, $4, $5)`, [
        actor.contributorId,
        holder,
        iban,
        reference,
        now,
      ]);
      await this.history(transaction, actor, now, `Mandat de prélèvement SEPA signé (${reference})`, null);
    });
  }

  revokeMandate(actor: CotisationsActor): Promise<CotisationsOverview> {
    return this.change(actor, async (transaction, now) => {
      const [, revoked]: [unknown, number] = await transaction.query(
        `UPDATE sepa_mandate SET revoked_at = $2 WHERE contributor_id = $1 AND revoked_at IS NULL`,
        [actor.contributorId, now],
      );
      if (revoked === 0) throw new NotFoundException('Aucun mandat de prélèvement n’est en cours.');
      await this.history(transaction, actor, now, 'Mandat de prélèvement SEPA révoqué', null);
    });
  }

  fileRequest(actor: CotisationsActor, request: ContributionRequestInput): Promise<CotisationsOverview> {
    return this.change(actor, async (transaction, now) => {
      const [open] = await transaction.query(
        `SELECT 1 FROM contribution_request WHERE contributor_id = $1 AND kind = $2 AND status = 'en-cours'`,
        [actor.contributorId, request.kind],
      );
      if (open) throw new ConflictException(`Une ${CONTRIBUTION_REQUEST_LABELS[request.kind].toLowerCase()} est déjà en cours d’instruction.`);
      await transaction.query(
        `INSERT INTO contribution_request (contributor_id, kind, reason, created_at, filed_by_person_id, filed_by_label) VALUES ($1, $2, $3, $4, $5, $6)`,
        [actor.contributorId, request.kind, request.reason.trim(), now, actor.personId, actor.label],
      );
      await this.history(transaction, actor, now, `${CONTRIBUTION_REQUEST_LABELS[request.kind]} envoyée à l’Urssaf`, null);
    });
  }

  private change(actor: CotisationsActor, work: (transaction: EntityManager, now: Date) => Promise<void>): Promise<CotisationsOverview> {
    return this.dataSource.transaction(async (transaction) => {
      // One change at a time per contributor: a payment and a recalculation never interleave. NO KEY
      // UPDATE: rows that reference the contributor (history) can still be written meanwhile.
      await transaction.query(`SELECT 1 FROM contributor WHERE id = $1 FOR NO KEY UPDATE`, [actor.contributorId]);
      const now = await this.clock.now(transaction);
      await ensureSchedules(transaction, actor.contributorId, now);
      // The debits due first: a card payment must not pay an instalment the bank already debited.
      await this.debits.settle(transaction, actor.contributorId, now);
      await work(transaction, now);
      return readOverview(transaction, actor.contributorId, now);
    });
  }

  private async unpaidInstalment(
    transaction: EntityManager,
    actor: CotisationsActor,
    instalmentId: string,
  ): Promise<PayableInstalment> {
    const [row]: { id: string; year: number; number: number; amount_cents: string; due_date: string; paid_at: Date | null }[] = await transaction.query(
      `SELECT id, year, number, amount_cents, to_char(due_date, 'YYYY-MM-DD') AS due_date, paid_at FROM instalment WHERE id = $1 AND contributor_id = $2`,
      [instalmentId, actor.contributorId],
    );
    if (!row) throw new NotFoundException('Cette échéance n’existe pas dans l’échéancier de ce compte.');
    if (row.paid_at) throw new ConflictException('Cette échéance est déjà payée.');
    if (Number(row.amount_cents) === 0) throw new ConflictException('Cette échéance est soldée : il n’y a rien à payer.');
    const named = { year: row.year, number: row.number, dueDate: row.due_date };
    return { id: row.id, amount: Number(row.amount_cents), title: instalmentTitle(named), name: instalmentName(named) };
  }

  private async settle(
    transaction: EntityManager,
    actor: CotisationsActor,
    now: Date,
    instalment: PayableInstalment,
    method: PaymentMethod,
  ): Promise<void> {
    await transaction.query(`UPDATE instalment SET paid_at = $2, paid_by = $3 WHERE id = $1`, [instalment.id, now, method]);
    await this.history(transaction, actor, now, `Paiement par ${PAYMENT_METHOD_LABELS[method].toLowerCase()} de ${instalment.name}`, instalment.amount);
    await this.audit.record(transaction, {
      kind: 'cotisations.payment',
      actorPersonId: actor.personId,
      spaceId: actor.spaceId,
      subject: { type: 'instalment', id: instalment.id },
      details: { method, amountCents: instalment.amount, contributorId: actor.contributorId },
    });
  }

  private async history(transaction: EntityManager, actor: CotisationsActor, now: Date, label: string, amountCents: number | null): Promise<void> {
    await transaction.query(
      `INSERT INTO contribution_event (contributor_id, at, label, amount_cents, actor_person_id, actor_label) VALUES ($1, $2, $3, $4, $5, $6)`,
      [actor.contributorId, now, label, amountCents, actor.personId, actor.label],
    );
  }
}

function valid(field: string, validation: Validation): string {
  if (!validation.valid) throw new BadRequestException({ message: validation.message, errors: [{ field, message: validation.message }] });
  return validation.value;
}

