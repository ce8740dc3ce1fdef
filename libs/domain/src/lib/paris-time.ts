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
