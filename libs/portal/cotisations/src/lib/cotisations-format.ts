/**
 * Amounts and dates as a person in France reads them, whatever the browser's time zone (as
 * libs/portal/ui does for date-times). Amounts arrive as integer euro cents.
 */
const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const roundEuroFormat = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
// Due dates are calendar days (`YYYY-MM-DD`): read at midnight UTC, shown in UTC, never shifted.
const dueDateFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortMonthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'short', timeZone: 'UTC' });
// Moments (payments, declarations) happened somewhere in France.
const dayFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});

/** « 1 234,56 € » */
export function formatEuros(cents: number): string {
  return euroFormat.format(cents / 100);
}

/** « 1 235 € »: for the chart's axis, where the cents are noise. */
export function formatRoundEuros(cents: number): string {
  return roundEuroFormat.format(cents / 100);
}

/** « 5 mars 2027 » for a calendar day `2027-03-05`. */
export function formatDueDate(day: string): string {
  return dueDateFormat.format(new Date(`${day}T00:00:00Z`));
}

/** « mars », « janv. »: the chart's labels. */
export function formatShortMonth(day: string): string {
  return shortMonthFormat.format(new Date(`${day}T00:00:00Z`));
}

/** « 27 novembre 2026 » for a moment (ISO date-time). */
export function formatDay(moment: string): string {
  return dayFormat.format(new Date(moment));
}

/** « 732 829 320 », as on an avis de situation. */
export function formatSiren(siren: string): string {
  return /^\d{9}$/.test(siren) ? siren.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3') : siren;
}

/** « 4970 1011 2233 4455 »: a card number as printed on the card. */
export function groupByFour(digits: string): string {
  return digits.replace(/(.{4})(?=.)/g, '$1 ');
}
