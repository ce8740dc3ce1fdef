/**
 * Dates are shown as a person in France reads them, whatever the time zone of the
 * browser or of the test machine: the portal reproduces a French public service.
 */
const PORTAL_TIME_ZONE = 'Europe/Paris';

const sandboxTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: PORTAL_TIME_ZONE,
});

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: PORTAL_TIME_ZONE,
});

/** « ven. 27 nov. 2026, 16:45 » — compact, for the sandbox bar. */
export function formatSandboxTime(value: Date | string): string {
  return sandboxTimeFormat.format(new Date(value));
}

/** « 27 novembre 2026 à 16:45 » — for message lists and headers. */
export function formatDateTime(value: Date | string): string {
  return dateTimeFormat.format(new Date(value));
}
