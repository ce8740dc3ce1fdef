import {
  annualContributionsCents,
  FIRST_REGULARISATION_NUMBER,
  instalmentDueDate,
  openScheduleYears,
  parisDate,
  regularisationDueDate,
  spreadContributions,
} from '@portail/domain';
import type { EntityManager } from 'typeorm';

/** 9:00 in Paris on an instalment's due date: when télépaiements and debits are booked. */
export const DUE_DATE_MORNING = (dueDate: string) => `((${dueDate})::date::timestamp + interval '9 hours') AT TIME ZONE 'Europe/Paris'`;

/**
 * The income the contributions of `incomeYear + 1` are computed from: the newest declaration of
 * that year, else of the latest year before it (a provisional base), else the directory's reference.
 */
export async function incomeBase(transaction: EntityManager, contributorId: string, incomeYear: number): Promise<number> {
  const [row]: { income_cents: string }[] = await transaction.query(
    `SELECT coalesce(
       (SELECT income_cents FROM income_declaration WHERE contributor_id = $1 AND year <= $2
         ORDER BY year DESC, declared_at DESC, id DESC LIMIT 1),
       (SELECT reference_income_cents FROM contributor WHERE id = $1)) AS income_cents`,
    [contributorId, incomeYear],
  );
  return Number(row?.income_cents ?? 0);
}

/** Creates the schedules open on the clock's day in Paris: this year's, and next year's from 1 December. */
export async function ensureSchedules(transaction: EntityManager, contributorId: string, now: Date): Promise<void> {
  const today = parisDate(now);
  for (const year of openScheduleYears(today)) await ensureSchedule(transaction, contributorId, year, today, now);
}

/**
 * Creates the year's 12 instalments the first time the module is opened while that year is open
 * (a directory of 100,000 contributors does not carry 1.2 million rows nobody looks at). The
 * simulated contributor has kept up with their payments so far: instalments already due are
 * created paid by télépaiement on their due date, with one line of history that says so.
 */
async function ensureSchedule(transaction: EntityManager, contributorId: string, year: number, today: string, now: Date): Promise<void> {
  const [existing] = await transaction.query(`SELECT 1 FROM instalment WHERE contributor_id = $1 AND year = $2 LIMIT 1`, [contributorId, year]);
  if (existing) return;
  const annual = annualContributionsCents(await incomeBase(transaction, contributorId, year - 1));
  const { instalments } = spreadContributions(annual, new Map());
  const dueDates = instalments.map((instalment) => instalmentDueDate(year, instalment.number));
  const inserted: { number: number }[] = await transaction.query(
    `INSERT INTO instalment (contributor_id, year, number, due_date, amount_cents, paid_at, paid_by)
     SELECT $1, $2, number, due_date::date, amount,
            CASE WHEN due_date < $6 THEN ${DUE_DATE_MORNING('due_date')} END,
            CASE WHEN due_date < $6 THEN 'telepaiement' END
       FROM unnest($3::int[], $4::text[], $5::bigint[]) AS t(number, due_date, amount)
     ON CONFLICT (contributor_id, year, number) DO NOTHING
     RETURNING number`,
    [contributorId, year, instalments.map((i) => i.number), dueDates, instalments.map((i) => i.amountCents), today],
  );
  const alreadyPaid = dueDates.filter((dueDate) => dueDate < today).length;
  if (inserted.length > 0 && alreadyPaid > 0) {
    await transaction.query(
      `INSERT INTO contribution_event (contributor_id, at, label, amount_cents, actor_person_id, actor_label) VALUES ($1, $2, $3, $4, NULL, 'Urssaf')`,
      [
        contributorId,
        now,
        `Échéancier ${year} : ${alreadyPaid === 1 ? 'la première échéance, échue, est réglée' : `les ${alreadyPaid} échéances échues sont réglées`} (télépaiements du cotisant)`,
        instalments.slice(0, alreadyPaid).reduce((sum, instalment) => sum + instalment.amountCents, 0),
      ],
    );
  }
}

/**
 * After the income of `incomeYear` is declared: every schedule computed from it, or provisionally
 * from an earlier one, is recalculated — paid instalments keep their amounts, the balance is spread
 * over the others, or called as the year's regularisation when all 12 are paid. Gives the new
 * annual amount of each year recalculated, oldest first.
 */
export async function recalculateFrom(
  transaction: EntityManager,
  contributorId: string,
  incomeYear: number,
  now: Date,
): Promise<{ year: number; annualCents: number }[]> {
  const years: { year: number }[] = await transaction.query(
    `SELECT DISTINCT year FROM instalment WHERE contributor_id = $1 AND year > $2 ORDER BY year`,
    [contributorId, incomeYear],
  );
  const recalculated: { year: number; annualCents: number }[] = [];
  for (const { year } of years) {
    const annualCents = annualContributionsCents(await incomeBase(transaction, contributorId, year - 1));
    await respread(transaction, contributorId, year, annualCents, parisDate(now));
    recalculated.push({ year, annualCents });
  }
  return recalculated;
}

async function respread(transaction: EntityManager, contributorId: string, year: number, annualCents: number, today: string): Promise<void> {
  const paid: { number: number; amount_cents: string }[] = await transaction.query(
    `SELECT number, amount_cents FROM instalment WHERE contributor_id = $1 AND year = $2 AND paid_at IS NOT NULL FOR UPDATE`,
    [contributorId, year],
  );
  // A paid regularisation counts in what the year has paid, and is not one of the 12 spread over.
  const { instalments } = spreadContributions(annualCents, new Map(paid.map((row) => [row.number, Number(row.amount_cents)])));
  const unpaid = instalments.filter((instalment) => !instalment.paid);
  if (unpaid.length > 0) {
    await transaction.query(
      `UPDATE instalment SET amount_cents = t.amount FROM unnest($3::int[], $4::bigint[]) AS t(number, amount)
        WHERE instalment.contributor_id = $1 AND instalment.year = $2 AND instalment.number = t.number AND instalment.paid_at IS NULL`,
      [contributorId, year, unpaid.map((i) => i.number), unpaid.map((i) => i.amountCents)],
    );
    return;
  }
  const balance = Math.max(0, annualCents - paid.reduce((sum, row) => sum + Number(row.amount_cents), 0));
  const dueDate = regularisationDueDate(today);
  // An unpaid regularisation follows a new declaration, down to 0 (nothing left to pay); once it
  // is paid, a further balance is called as the year's next one.
  const [, changed]: [unknown, number] = await transaction.query(
    `UPDATE instalment SET amount_cents = $3, due_date = $4::date WHERE contributor_id = $1 AND year = $2 AND number >= $5 AND paid_at IS NULL`,
    [contributorId, year, balance, dueDate, FIRST_REGULARISATION_NUMBER],
  );
  if (changed > 0 || balance === 0) return;
  await transaction.query(
    `INSERT INTO instalment (contributor_id, year, number, due_date, amount_cents)
     SELECT $1::uuid, $2::int, greatest(max(number) + 1, $5::int), $3::date, $4::bigint FROM instalment WHERE contributor_id = $1::uuid AND year = $2::int`,
    [contributorId, year, dueDate, balance, FIRST_REGULARISATION_NUMBER],
  );
}
