import type { AuditEntry } from '@portail/domain';

/** Excel opens a UTF-8 file with its accents only when it starts with the byte order mark. */
export const CSV_BOM = '\uFEFF';
export const CSV_HEADER = ['Date', 'Action', 'Auteur', 'Client', 'Compte', 'Détail'];
const SEPARATOR = ';';
const LINE_END = '\r\n';

/**
 * One cell: a text a spreadsheet would read as a formula (= + - @, or a tab or carriage return
 * that some read before them) is prefixed with a quote (OWASP « CSV injection »); a cell holding
 * the separator, a quote or a line break is quoted, its quotes doubled.
 */
export function csvCell(value: string): string {
  const neutralised = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(neutralised) ? `"${neutralised.replace(/"/g, '""')}"` : neutralised;
}

export function csvLine(cells: string[]): string {
  return cells.map(csvCell).join(SEPARATOR) + LINE_END;
}

/** « 27/11/2026 22:34:41 », in the time of the French administration. */
const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'medium' });

export function auditCsvLine(entry: AuditEntry): string {
  return csvLine([
    PARIS_TIME.format(new Date(entry.at)),
    entry.kindLabel,
    entry.actor?.name ?? '',
    entry.client?.name ?? '',
    entry.account?.name ?? '',
    entry.summary,
  ]);
}
