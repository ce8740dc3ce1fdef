import { Routes } from '@angular/router';

/**
 * Mounted under `portefeuille` by the app with `loadChildren`, behind requireCurrentSpace: the
 * API refuses (403) a space whose set-up is not finalised, and the pages show its sentence.
 */
export const portfolioRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Portefeuille clients',
    loadComponent: () => import('./portfolio-page/portfolio-page').then((m) => m.PortfolioPage),
  },
  {
    path: 'ajouter',
    title: 'Ajouter un client',
    loadComponent: () => import('./add-client-page/add-client-page').then((m) => m.AddClientPage),
  },
  {
    path: 'clients/:clientId/finaliser',
    title: 'Finaliser le rattachement',
    loadComponent: () =>
      import('./finalise-attachment-page/finalise-attachment-page').then((m) => m.FinaliseAttachmentPage),
  },
];
