import { Routes } from '@angular/router';
import { CotisationsStore } from './cotisations-store';

const MODULE_TITLE = 'Mes cotisations';

/**
 * Mounted twice by the app with `loadChildren`: for an accountant's client
 * (`portefeuille/clients/:clientId/cotisations`) and for the TI's own space (`mes-cotisations`).
 * The shell reads the overview once into the store every sub-page shares; each sub-page (the
 * FAQ's « sous-rubriques ») is a chunk of its own, so the chart library only comes with the
 * échéancier.
 */
export const cotisationsRoutes: Routes = [
  {
    path: '',
    providers: [CotisationsStore],
    loadComponent: () => import('./cotisations-shell/cotisations-shell-page').then((m) => m.CotisationsShellPage),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'echeancier' },
      {
        path: 'echeancier',
        title: `Échéancier — ${MODULE_TITLE}`,
        loadComponent: () => import('./echeancier/echeancier-page').then((m) => m.EcheancierPage),
      },
      {
        path: 'revenus',
        title: `Revenus — ${MODULE_TITLE}`,
        loadComponent: () => import('./revenus/revenus-page').then((m) => m.RevenusPage),
      },
      {
        path: 'paiements',
        title: `Paiements — ${MODULE_TITLE}`,
        loadComponent: () => import('./paiements/paiements-page').then((m) => m.PaiementsPage),
      },
      {
        path: 'demandes',
        title: `Demandes — ${MODULE_TITLE}`,
        loadComponent: () => import('./demandes/demandes-page').then((m) => m.DemandesPage),
      },
      {
        path: 'historique',
        title: `Historique — ${MODULE_TITLE}`,
        loadComponent: () => import('./historique/historique-page').then((m) => m.HistoriquePage),
      },
    ],
  },
];
