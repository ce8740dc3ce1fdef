import {
  ACCOUNT_STATUS_LABELS,
  type FirmAccount,
  type FirmRight,
  FIRM_RIGHTS,
  FIRM_RIGHT_LABELS,
} from '@portail/domain';

/** Where the app mounts the library (apps/portal/src/app/app.routes.ts). */
export const ACCOUNTS_URL = '/comptes';
export const ADD_ACCOUNT_URL = `${ACCOUNTS_URL}/ajouter`;
export const TRANSFER_URL = `${ACCOUNTS_URL}/transfert`;
export const HISTORY_URL = '/historique';

export function accountUrlOf(personId: string): string {
  return `${ACCOUNTS_URL}/${encodeURIComponent(personId)}`;
}

type Named = Pick<FirmAccount, 'firstName' | 'lastName'>;

/** « Paul Durand » */
export function fullNameOf(person: Named): string {
  return `${person.firstName} ${person.lastName}`;
}

/** The rights in the order of the form, by their labels: « Paiement, Messagerie ». */
export function rightsSummaryOf(rights: readonly FirmRight[]): string {
  const given = FIRM_RIGHTS.filter((right) => rights.includes(right));
  return given.length === FIRM_RIGHTS.length
    ? 'Tous les droits'
    : given.map((right) => FIRM_RIGHT_LABELS[right]).join(', ') || 'Aucun droit';
}

/** « Invité », « Actif »… */
export function statusLabelOf(account: Pick<FirmAccount, 'status'>): string {
  return ACCOUNT_STATUS_LABELS[account.status];
}

const countFormat = new Intl.NumberFormat('fr-FR');

/** « 1 client », « 100 000 clients » (French: 0 and 1 are singular). */
export function clientCount(count: number): string {
  return `${countFormat.format(count)} client${count > 1 ? 's' : ''}`;
}

/** « 1 client transféré », « 3 clients transférés »: the participle agrees with the count. */
export function clientCountDone(count: number, participle: string): string {
  return `${clientCount(count)} ${participle}${count > 1 ? 's' : ''}`;
}

/** The FAQ's answer, shown wherever an activation link is sent. */
export const ACTIVATION_DEADLINE =
  'Votre collaborateur doit activer son compte dans les 24h qui suivent la création de son accès par l’administrateur.';
