import type { Params } from '@angular/router';
import type { AttachmentStatus, PortfolioSort } from '@portail/domain';

/** One page of 25 clients: the only one ever loaded, whatever the size of the portfolio. */
export const PAGE_SIZE = 25;

export const SORT_OPTIONS: readonly { value: PortfolioSort; label: string }[] = [
  { value: 'nom', label: 'Nom A→Z' },
  { value: '-nom', label: 'Nom Z→A' },
  { value: '-ajout', label: 'Ajout le plus récent' },
  { value: 'ajout', label: 'Ajout le plus ancien' },
];
const DEFAULT_SORT: PortfolioSort = 'nom';

const STATUSES: readonly AttachmentStatus[] = ['en-attente', 'rattache', 'bloque'];

/** What the list shows; kept in the address bar (`?recherche=&statut=&tri=`) for reloads and « Précédent ». */
export interface ListQuery {
  search: string;
  status: AttachmentStatus | null;
  sort: PortfolioSort;
}

export function sameQuery(a: ListQuery, b: ListQuery): boolean {
  return a.search === b.search && a.status === b.status && a.sort === b.sort;
}

/** The API searches the beginning of a SIREN when digits only: « 732 829 » is read as 732829. */
export function normaliseSearch(text: string | null | undefined): string {
  const trimmed = (text ?? '').trim();
  return /^[\d\s]+$/.test(trimmed) ? trimmed.replace(/\s+/g, '') : trimmed;
}

/** Reads the address bar; an unknown value (an old bookmark, a typo) falls back to the default. */
export function readQuery(params: { recherche?: string; statut?: string; tri?: string }): ListQuery {
  const status = STATUSES.find((value) => value === params.statut) ?? null;
  const sort = SORT_OPTIONS.find((option) => option.value === params.tri)?.value ?? DEFAULT_SORT;
  return { search: normaliseSearch(params.recherche), status, sort };
}

/** The query parameters of a query; the defaults are left out of the address. */
export function queryParamsOf(query: ListQuery): Params {
  return {
    recherche: query.search || null,
    statut: query.status,
    tri: query.sort === DEFAULT_SORT ? null : query.sort,
  };
}
