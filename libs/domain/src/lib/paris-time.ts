/**
 * « 27 novembre 2026 à 16:45 »: dates as a person in France reads them, whatever the time zone of
 * the server, the browser or the test machine — the portal reproduces a French public service.
 * Shared by the portal's pages, the API's e-mails and the médiateur's refusal sentence.
 */
export const PARIS_TIME_ZONE = 'Europe/Paris';

// Built on first use, not at import: a top-level `new` is a side effect that would keep the module
// in the portal's initial bundle whether it is used there or not.
let parisDateTime: Intl.DateTimeFormat | undefined;

export function formatParisDateTime(value: Date | string): string {
  parisDateTime ??= new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: PARIS_TIME_ZONE,
  });
  return parisDateTime.format(new Date(value));
}

let parisDay: Intl.DateTimeFormat | undefined;

/**
 * `YYYY-MM-DD`: the calendar day in Paris at `value`. Due dates, the contribution year and card
 * expiry follow the French calendar: at 23:30 UTC on 31 December it is already New Year in Paris.
 */
export function parisDate(value: Date): string {
  // en-CA writes ISO-like dates (2027-01-01); the time zone, not the locale, decides the day.
  parisDay ??= new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: PARIS_TIME_ZONE });
  return parisDay.format(value);
}

/** The year in Paris at `value`. */
export function parisYear(value: Date): number {
  return Number(parisDate(value).slice(0, 4));
}
