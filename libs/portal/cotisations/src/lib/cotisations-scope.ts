import type { ActivatedRoute } from '@angular/router';

/**
 * Whose « Mes cotisations » a page shows. The app mounts the library twice and says which in the
 * route data `cotisationsScope`: an accountant's attached client (`:clientId` in the URL), or the
 * travailleur indépendant's own account.
 */
export type CotisationsScope = { kind: 'client'; clientId: string } | { kind: 'me' };

/**
 * Read from the ancestors: the data and `:clientId` sit on the route that mounts the library, which
 * a lazy child does not always inherit (Angular only passes them down through empty paths).
 */
export function cotisationsScopeOf(route: ActivatedRoute): CotisationsScope {
  const ancestors = route.pathFromRoot.map((ancestor) => ancestor.snapshot);
  const kind = ancestors.map((snapshot) => snapshot.data['cotisationsScope'] as unknown).findLast(Boolean);
  if (kind === 'me') {
    return { kind: 'me' };
  }
  const clientId = ancestors.map((snapshot) => snapshot.params['clientId'] as unknown).findLast(Boolean);
  if (kind === 'client' && typeof clientId === 'string') {
    return { kind: 'client', clientId };
  }
  throw new Error('« Mes cotisations » is mounted without its cotisationsScope (and :clientId) route data.');
}

/** Where the API serves this scope's resources (contract: `@portail/domain`, contracts/cotisations). */
export function cotisationsBaseUrl(scope: CotisationsScope): string {
  return scope.kind === 'client'
    ? `/api/portfolio/clients/${encodeURIComponent(scope.clientId)}/cotisations`
    : '/api/me/cotisations';
}
