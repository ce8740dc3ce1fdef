const PARIS_DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
});

/** « 2 mars 2027 à 10:15 »: how the e-mails date things, as a person in France reads them. */
export function parisDateTime(at: Date): string {
  return PARIS_DATE_TIME.format(at);
}
