import { formatParisDateTime, PARIS_TIME_ZONE } from '@portail/domain';

// Dates as a person in France reads them, whatever the browser's time zone (libs/domain's paris-time).
const sandboxTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: PARIS_TIME_ZONE,
});

/** « ven. 27 nov. 2026, 16:45 » — compact, for the sandbox bar. */
export function formatSandboxTime(value: Date | string): string {
  return sandboxTimeFormat.format(new Date(value));
}

/** « 27 novembre 2026 à 16:45 » — for message lists and headers. */
export function formatDateTime(value: Date | string): string {
  return formatParisDateTime(value);
}
