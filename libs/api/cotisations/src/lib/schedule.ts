import { annualContributionsCents, instalmentDueDate, spreadContributions } from '@portail/domain';
import type { EntityManager } from 'typeorm';

/** The income the year's contributions are computed from: the newest declaration, else the directory's reference. */
export async function incomeBase(transaction: EntityManager, contributorId: string, incomeYear: number): Promise<number> {
  const [row]: { income_cents: string }[] = await transaction.query(
    `SELECT coalesce(
       (SELECT income_cents FROM income_declaration WHERE contributor_id = $1 AND year = $2 ORDER BY declared_at DESC, id DESC LIMIT 1),
       (SELECT reference_income_cents FROM contributor WHERE id = $1)) AS income_cents`,
    [contributorId, incomeYear],
  );
  return Number(row?.income_cents ?? 0);
}

/**
 * Creates the year's 12 instalments the first time the module is opened for that year (a
 * directory of 100,000 contributors does not carry 1.2 million rows nobody looks at). The
 * simulated contributor has kept up with their payments so far: instalments already due are
 * created paid by télépaiement on their due date, with one line of history that says so.
 */
export async function ensureSchedule(transaction: EntityManager, contributorId: string, now: Date): Promise<void> {
  const year = now.getUTCFullYear();
  const [existing] = await transaction.query(`SELECT 1 FROM instalment WHERE contributor_id = $1 AND year = $2 LIMIT 1`, [contributorId, year]);
  if (existing) return;
  const annual = annualContributionsCents(await incomeBase(transaction, contributorId, year - 1));
  const { instalments } = spreadContributions(annual, new Map());
  const today = now.toISOString().slice(0, 10);
  const dueDates = instalments.map((instalment) => instalmentDueDate(year, instalment.number));
  const inserted: { number: number }[] = await transaction.query(
    `INSERT INTO instalment (contributor_id, year, number, due_date, amount_cents, paid_at, paid_by)
     SELECT $1, $2, number, due_date::date, amount,
            CASE WHEN due_date < $6 THEN due_date::timestamptz + interval '9 hours' END,
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

/** After a declaration: paid instalments keep their amounts, the balance is spread over the others. */
export async function recalculate(transaction: EntityManager, contributorId: string, year: number, incomeCents: number): Promise<number> {
  const paid: { number: number; amount_cents: string }[] = await transaction.query(
    `SELECT number, amount_cents FROM instalment WHERE contributor_id = $1 AND year = $2 AND paid_at IS NOT NULL FOR UPDATE`,
    [contributorId, year],
  );
  const annual = annualContributionsCents(incomeCents);
  const { instalments } = spreadContributions(annual, new Map(paid.map((row) => [row.number, Number(row.amount_cents)])));
  const unpaid = instalments.filter((instalment) => !instalment.paid);
  await transaction.query(
    `UPDATE instalment SET amount_cents = t.amount FROM unnest($3::int[], $4::bigint[]) AS t(number, amount)
      WHERE instalment.contributor_id = $1 AND instalment.year = $2 AND instalment.number = t.number AND instalment.paid_at IS NULL`,
    [contributorId, year, unpaid.map((i) => i.number), unpaid.map((i) => i.amountCents)],
  );
  return annual;
}
