import type { PortfolioClient } from '@portail/domain';

/** Where the app mounts the library (apps/portal/src/app/app.routes.ts). */
export const PORTFOLIO_URL = '/portefeuille';
export const ADD_CLIENT_URL = `${PORTFOLIO_URL}/ajouter`;

export function finaliseUrlOf(clientId: string): string {
  return `${PORTFOLIO_URL}/clients/${encodeURIComponent(clientId)}/finaliser`;
}

/** « Mes cotisations » of a client: the cotisations library, mounted by the app. */
export function cotisationsUrlOf(clientId: string): string {
  return `${PORTFOLIO_URL}/clients/${encodeURIComponent(clientId)}/cotisations`;
}

/** « 732 829 320 », as on an avis de situation. */
export function formatSiren(siren: string): string {
  return /^\d{9}$/.test(siren) ? siren.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3') : siren;
}

/** The SIREN of a business, or the n° TI of a « gérant majoritaire sans Siret », who has none. */
export function clientIdentifierOf(client: Pick<PortfolioClient, 'siren' | 'tiNumber'>): string {
  return client.siren ? formatSiren(client.siren) : `N° TI ${client.tiNumber}`;
}

// French dates whatever the browser's time zone, as the rest of the portal (libs/portal/ui).
const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' });
const countFormat = new Intl.NumberFormat('fr-FR');

/** « 27/11/2026 » */
export function formatDate(value: string): string {
  return dateFormat.format(new Date(value));
}

/** « 100 000 » */
export function formatCount(count: number): string {
  return countFormat.format(count);
}
