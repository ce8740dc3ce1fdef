import { Injectable } from '@nestjs/common';
import { SandboxFaults } from '@portail/api-core';
import { Outbox } from '@portail/api-outbox';
import { instalmentName, instalmentTitle, parisDate } from '@portail/domain';
import type { EntityManager } from 'typeorm';
import { type DebitedContributor, debitRejectedEmail } from './debit-rejected-email';
import { DUE_DATE_MORNING } from './schedule';

interface DueDebit {
  id: string;
  year: number;
  number: number;
  due_date: string;
  amount_cents: string;
  reference: string;
}

/** The debit happens on the due date, at 9:00 in Paris, as the télépaiements of ensureSchedules. */
const DEBIT_TIME = DUE_DATE_MORNING('t.due_date');

/**
 * The SEPA debits, on the sandbox clock. Nothing runs in the background: the debits that fell
 * due since « Mes cotisations » was last read are settled when it is read next, in the reader's
 * transaction, set-based. Every unpaid instalment due on or before today, under the active
 * mandate signed before its due date, is paid by « prelevement » on its due date. When the
 * trainer armed « Le prochain prélèvement est rejeté », the first of them is rejected instead:
 * it stays due (« Prélèvement rejeté », never debited again) and the contributor is e-mailed.
 */
@Injectable()
export class DirectDebits {
  constructor(
    private readonly faults: SandboxFaults,
    private readonly outbox: Outbox,
  ) {}

  async settle(transaction: EntityManager, contributorId: string, now: Date): Promise<void> {
    // FOR UPDATE: two readers at once debit each instalment once; the later one finds it paid.
    const due: DueDebit[] = await transaction.query(
      `SELECT instalment.id, instalment.year, instalment.number, to_char(instalment.due_date, 'YYYY-MM-DD') AS due_date, instalment.amount_cents, sepa_mandate.reference
         FROM instalment
         JOIN sepa_mandate ON sepa_mandate.contributor_id = instalment.contributor_id AND sepa_mandate.revoked_at IS NULL
        WHERE instalment.contributor_id = $1 AND instalment.paid_at IS NULL AND instalment.debit_rejected_at IS NULL
          AND instalment.amount_cents > 0 AND instalment.due_date <= $2::date
          AND (sepa_mandate.signed_at AT TIME ZONE 'Europe/Paris')::date < instalment.due_date
        ORDER BY instalment.due_date
          FOR UPDATE OF instalment`,
      [contributorId, parisDate(now)],
    );
    if (due.length === 0) return;
    const [rejected, ...others] = due;
    if (await this.faults.consume(transaction, 'debit-declined')) {
      await this.reject(transaction, contributorId, rejected);
      await this.debit(transaction, contributorId, others);
    } else {
      await this.debit(transaction, contributorId, due);
    }
  }

  private async debit(transaction: EntityManager, contributorId: string, debits: DueDebit[]): Promise<void> {
    if (debits.length === 0) return;
    const parameters = [
      contributorId,
      debits.map((debit) => debit.id),
      debits.map((debit) => debit.due_date),
      debits.map((debit) => `Paiement par prélèvement automatique de ${instalmentName(named(debit))} (mandat ${debit.reference})`),
      debits.map((debit) => debit.amount_cents),
    ];
    await transaction.query(
      `UPDATE instalment SET paid_at = ${DEBIT_TIME}, paid_by = 'prelevement'
         FROM unnest($2::uuid[], $3::text[]) AS t(id, due_date)
        WHERE instalment.id = t.id AND instalment.contributor_id = $1`,
      parameters.slice(0, 3),
    );
    await transaction.query(
      `INSERT INTO contribution_event (contributor_id, at, label, amount_cents, actor_person_id, actor_label)
       SELECT $1, ${DEBIT_TIME}, t.label, t.amount, NULL, 'Urssaf'
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::bigint[]) AS t(id, due_date, label, amount)`,
      parameters,
    );
  }

  private async reject(transaction: EntityManager, contributorId: string, debit: DueDebit): Promise<void> {
    const label = `Prélèvement rejeté par la banque — ${instalmentTitle(named(debit))} : à régler par carte bancaire ou par télépaiement`;
    await transaction.query(
      `UPDATE instalment SET debit_rejected_at = ${DEBIT_TIME} FROM (SELECT $2::text AS due_date) AS t WHERE instalment.id = $1`,
      [debit.id, debit.due_date],
    );
    await transaction.query(
      `INSERT INTO contribution_event (contributor_id, at, label, amount_cents, actor_person_id, actor_label)
       SELECT $1, ${DEBIT_TIME}, $3, $4, NULL, 'Urssaf' FROM (SELECT $2::text AS due_date) AS t`,
      [contributorId, debit.due_date, label, debit.amount_cents],
    );
    const [contributor]: DebitedContributor[] = await transaction.query(
      `SELECT email, civility, first_name AS "firstName", last_name AS "lastName" FROM contributor WHERE id = $1`,
      [contributorId],
    );
    await this.outbox.sendEmail(
      transaction,
      debitRejectedEmail(contributor, { instalmentId: debit.id, name: instalmentName(named(debit)), amountCents: Number(debit.amount_cents), mandateReference: debit.reference }),
    );
  }
}

function named(debit: DueDebit): { year: number; number: number; dueDate: string } {
  return { year: debit.year, number: debit.number, dueDate: debit.due_date };
}
