import { Routes } from '@angular/router';

/**
 * Mounted under `conseiller` by the app with `loadChildren`, behind requireBackoffice('conseiller'):
 * the whole library is a lazy chunk, downloaded by the Urssaf's staff only.
 */
export const backofficeRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Espaces en attente de paramétrage',
    loadComponent: () => import('./pending-spaces/pending-spaces-page').then((m) => m.PendingSpacesPage),
  },
  {
    path: 'demandes',
    title: 'Demandes de délai et de recalcul',
    loadComponent: () =>
      import('./contribution-requests/contribution-requests-page').then((m) => m.ContributionRequestsPage),
  },
];
