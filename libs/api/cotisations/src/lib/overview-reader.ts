import {
  annualContributionsCents,
  CONTRIBUTION_FORMULA,
  type ContributionRequest,
  type CotisationsOverview,
  type HistoryEntry,
  type IncomeDeclaration,
  type Instalment,
  type InstalmentStatus,
  openScheduleYears,
  parisDate,
  type PaymentMethod,
} from '@portail/domain';
import type { EntityManager } from 'typeorm';
import { contributorName } from '@portail/api-portfolio';
import { incomeBase } from './schedule';

const HISTORY_LINES = 100;

/** A row of contribution_request, as the overview and the Conseiller's list read it. */
export interface ContributionRequestRow {
  id: string;
  kind: ContributionRequest['kind'];
  reason: string;
  status: ContributionRequest['status'];
  created_at: Date;
  decided_at: Date | null;
  decision_comment: string | null;
}

export function toContributionRequest(row: ContributionRequestRow): ContributionRequest {
  return {
    id: row.id,
    kind: row.kind,
    reason: row.reason,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    decidedAt: row.decided_at ? new Date(row.decided_at).toISOString() : null,
    decisionComment: row.decision_comment,
  };
}

/** « FR76 **** **** **** **** ***0 189 »: enough to recognise one's account, not to use it. */
export function maskIban(iban: string): string {
  const masked = iban.slice(0, 4) + '*'.repeat(iban.length - 8) + iban.slice(-4);
  return (masked.match(/.{1,4}/g) ?? []).join(' ');
}

export async function readOverview(transaction: EntityManager, contributorId: string, now: Date): Promise<CotisationsOverview> {
  const today = parisDate(now);
  const openYears = openScheduleYears(today);
  const [year] = openYears;
  const [contributor]: { first_name: string; last_name: string; trade_name: string | null; siren: string | null; ti_number: string; reference_income_cents: string }[] =
    await transaction.query(`SELECT first_name, last_name, trade_name, siren, ti_number, reference_income_cents FROM contributor WHERE id = $1`, [contributorId]);
  const [mandate]: { holder: string; iban: string; reference: string; signed_at: Date }[] = await transaction.query(
    `SELECT holder, iban, reference, signed_at FROM sepa_mandate WHERE contributor_id = $1 AND revoked_at IS NULL`,
    [contributorId],
  );
  // Earlier years show only what they still owe; a schedule the clock has not opened (the trainer
  // came back from a later date) stays out of sight.
  const instalmentRows: InstalmentRow[] =
    await transaction.query(
      `SELECT id, year, number, to_char(due_date, 'YYYY-MM-DD') AS due_date, amount_cents, paid_at, paid_by, debit_rejected_at
         FROM instalment
        WHERE contributor_id = $1
          AND (year = ANY($2::int[]) OR (year < $3 AND paid_at IS NULL AND amount_cents > 0))
        ORDER BY year, number`,
      [contributorId, openYears, year],
    );
  const instalments: Instalment[] = instalmentRows.map((row) => ({
    id: row.id,
    year: row.year,
    number: row.number,
    dueDate: row.due_date,
    amountCents: Number(row.amount_cents),
    status: statusOf(row, today, Boolean(mandate)),
    paidAt: row.paid_at ? new Date(row.paid_at).toISOString() : null,
    paidBy: row.paid_by,
  }));
  const declarations: IncomeDeclaration[] = (
    (await transaction.query(
      `SELECT year, income_cents, declared_at, declared_by_label FROM income_declaration WHERE contributor_id = $1 ORDER BY declared_at DESC, id DESC LIMIT 20`,
      [contributorId],
    )) as { year: number; income_cents: string; declared_at: Date; declared_by_label: string }[]
  ).map((row) => ({ year: row.year, incomeCents: Number(row.income_cents), declaredAt: new Date(row.declared_at).toISOString(), declaredBy: row.declared_by_label }));
  const requests: ContributionRequest[] = (
    (await transaction.query(
      `SELECT id, kind, reason, status, created_at, decided_at, decision_comment FROM contribution_request WHERE contributor_id = $1 ORDER BY created_at DESC LIMIT 20`,
      [contributorId],
    )) as ContributionRequestRow[]
  ).map(toContributionRequest);
  const history: HistoryEntry[] = (
    (await transaction.query(
      `SELECT at, label, amount_cents, actor_label FROM contribution_event WHERE contributor_id = $1 ORDER BY at DESC, id DESC LIMIT ${HISTORY_LINES}`,
      [contributorId],
    )) as { at: Date; label: string; amount_cents: string | null; actor_label: string }[]
  ).map((row) => ({ at: new Date(row.at).toISOString(), label: row.label, amountCents: row.amount_cents === null ? null : Number(row.amount_cents), actor: row.actor_label }));
  const annual = annualContributionsCents(await incomeBase(transaction, contributorId, year - 1));
  const ofYear = (wanted: number) => instalments.filter((instalment) => instalment.year === wanted);
  const paid = ofYear(year).filter((instalment) => instalment.paidAt).reduce((sum, instalment) => sum + instalment.amountCents, 0);
  const previousYearsDue = instalments.filter((instalment) => instalment.year < year).reduce((sum, instalment) => sum + instalment.amountCents, 0);
  const nextYear = openYears[1];
  return {
    contributor: {
      name: contributorName({ firstName: contributor.first_name, lastName: contributor.last_name }),
      tradeName: contributor.trade_name,
      siren: contributor.siren,
      tiNumber: contributor.ti_number,
    },
    year,
    declarationYear: year - 1,
    annualAmountCents: annual,
    paidCents: paid,
    remainingCents: Math.max(0, annual - paid),
    formula: CONTRIBUTION_FORMULA,
    instalments,
    previousYearsDueCents: previousYearsDue,
    nextYear:
      nextYear === undefined
        ? null
        : { year: nextYear, annualAmountCents: ofYear(nextYear).reduce((sum, instalment) => sum + instalment.amountCents, 0) },
    declarations,
    mandate: mandate
      ? { holder: mandate.holder, maskedIban: maskIban(mandate.iban), reference: mandate.reference, signedAt: new Date(mandate.signed_at).toISOString() }
      : null,
    requests,
    history,
  };
}

interface InstalmentRow {
  id: string;
  year: number;
  number: number;
  due_date: string;
  amount_cents: string;
  paid_at: Date | null;
  paid_by: PaymentMethod | null;
  debit_rejected_at: Date | null;
}

/**
 * The debits due are settled before this read (DirectDebits): an unpaid instalment under a mandate
 * is « programmé » only while its due date is ahead; one due already was not debitable (the
 * mandate came too late) and is late like any other.
 */
function statusOf(row: InstalmentRow, today: string, directDebit: boolean): InstalmentStatus {
  if (row.paid_at) return 'payee';
  if (row.debit_rejected_at) return 'prelevement-rejete';
  if (directDebit && row.due_date > today) return 'prelevement-programme';
  return row.due_date < today ? 'en-retard' : 'a-payer';
}
