/**
 * The simulated contributions of a travailleur indépendant. One documented formula, simple on
 * purpose (the real computation has a dozen rates): the contributions of year N are
 * CONTRIBUTION_RATE of the income earned in N − 1, never less than MINIMUM_CONTRIBUTIONS_CENTS,
 * paid in 12 monthly instalments due on the 5th. Declaring (or correcting) the income
 * recalculates the year: paid instalments keep their amount, the rest is spread over the unpaid ones.
 * Next year's provisional schedule is published on 1 December, so that there is always an
 * instalment ahead to pay or to put under a direct debit, even after the last one of the year.
 */
export const CONTRIBUTION_RATE = 0.45;
export const MINIMUM_CONTRIBUTIONS_CENTS = 120_000;
export const INSTALMENT_DAY = 5;
export const INSTALMENTS_PER_YEAR = 12;
/** The largest income the form accepts: 10 million euros. */
export const MAX_INCOME_CENTS = 1_000_000_000;

export const CONTRIBUTION_FORMULA =
  'Cotisations de l’année = 45\u00a0% du revenu professionnel de l’année précédente (minimum 1\u202f200\u00a0€), réparties en 12\u00a0échéances mensuelles payables le 5 de chaque mois. Après une déclaration, les échéances déjà payées sont conservées et le solde est réparti sur les échéances restantes. L’échéancier provisionnel de l’année suivante est publié le 1er\u00a0décembre, calculé sur le dernier revenu connu.';

/** `MM-DD`: from this day on (Paris calendar), next year's provisional schedule is open. */
export const NEXT_SCHEDULE_PUBLISHED_ON = '12-01';

/** The years whose échéancier is open on `today` (`YYYY-MM-DD`, Paris): this year's, and next year's from 1 December. */
export function openScheduleYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= NEXT_SCHEDULE_PUBLISHED_ON ? [year, year + 1] : [year];
}

export function annualContributionsCents(incomeCents: number): number {
  return Math.max(MINIMUM_CONTRIBUTIONS_CENTS, Math.round(incomeCents * CONTRIBUTION_RATE));
}

/** `YYYY-MM-DD` of the instalment `number` (1–12) of `year`. */
export function instalmentDueDate(year: number, number: number): string {
  return `${year}-${String(number).padStart(2, '0')}-${String(INSTALMENT_DAY).padStart(2, '0')}`;
}

export interface ScheduledInstalment {
  number: number;
  amountCents: number;
  paid: boolean;
}

/**
 * Spreads `annualCents` over the 12 instalments: the paid ones (given with their amounts) are kept,
 * the balance is split evenly over the unpaid ones, the last unpaid one taking the rounding
 * remainder. A balance below zero (income corrected downwards after payments) gives unpaid
 * instalments of 0: the overpayment shows as `creditCents`.
 */
export function spreadContributions(
  annualCents: number,
  paid: ReadonlyMap<number, number>,
): { instalments: ScheduledInstalment[]; creditCents: number } {
  const paidTotal = [...paid.values()].reduce((sum, amount) => sum + amount, 0);
  const unpaidNumbers = Array.from({ length: INSTALMENTS_PER_YEAR }, (_, index) => index + 1).filter((n) => !paid.has(n));
  const balance = Math.max(0, annualCents - paidTotal);
  const share = unpaidNumbers.length === 0 ? 0 : Math.floor(balance / unpaidNumbers.length);
  const instalments = Array.from({ length: INSTALMENTS_PER_YEAR }, (_, index) => {
    const number = index + 1;
    if (paid.has(number)) return { number, amountCents: paid.get(number) ?? 0, paid: true };
    const isLastUnpaid = number === unpaidNumbers[unpaidNumbers.length - 1];
    return { number, amountCents: isLastUnpaid ? balance - share * (unpaidNumbers.length - 1) : share, paid: false };
  });
  return { instalments, creditCents: Math.max(0, paidTotal - annualCents) };
}

const MONTH_NAMES = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « de mars 2027 », « d’avril 2027 », « d’août 2027 »: how a sentence names the instalment of a month (« l’échéance d’avril 2027 »). */
export function ofInstalmentMonth(dueDate: string): string {
  const [year, month] = dueDate.split('-').map(Number);
  const name = MONTH_NAMES[month - 1] ?? '';
  return `${/^[aeiouy]/.test(name) ? 'd’' : 'de '}${name} ${year}`;
}

/**
 * A year's regularisations are its instalments numbered from 13: a declaration that raises the
 * year's contributions once its 12 instalments are all paid leaves a balance no instalment can
 * take; it is called on its own, payable within REGULARISATION_DELAY_DAYS like any instalment (card,
 * télépaiement, direct debit). A later declaration changes it while it is unpaid, or calls the next.
 */
export const FIRST_REGULARISATION_NUMBER = 13;

export function isRegularisation(instalment: { number: number }): boolean {
  return instalment.number >= FIRST_REGULARISATION_NUMBER;
}
export const REGULARISATION_DELAY_DAYS = 30;

/** `YYYY-MM-DD`: the due date of a regularisation called on `today` (`YYYY-MM-DD`). */
export function regularisationDueDate(today: string): string {
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + REGULARISATION_DELAY_DAYS)).toISOString().slice(0, 10);
}

export interface NamedInstalment {
  year: number;
  number: number;
  dueDate: string;
}

/** « échéance de mars 2027 », « régularisation 2026 », « régularisation 2026 n° 2 »: an instalment as a title names it. */
export function instalmentTitle(instalment: NamedInstalment): string {
  if (!isRegularisation(instalment)) return `échéance ${ofInstalmentMonth(instalment.dueDate)}`;
  const rank = instalment.number - FIRST_REGULARISATION_NUMBER + 1;
  return `régularisation ${instalment.year}${rank > 1 ? ` n° ${rank}` : ''}`;
}

/** « l’échéance de mars 2027 », « la régularisation 2026 »: an instalment as a sentence names it. */
export function instalmentName(instalment: NamedInstalment): string {
  return isRegularisation(instalment) ? `la ${instalmentTitle(instalment)}` : `l’${instalmentTitle(instalment)}`;
}
