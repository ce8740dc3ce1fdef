import { Routes } from '@angular/router';

/** « Je dépose une réclamation », mounted under `reclamations` (the space's exchanges: login and space guards). */
export const complaintsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Mes réclamations',
    loadComponent: () => import('./complaint-list/complaints-page').then((m) => m.ComplaintsPage),
  },
  {
    path: 'nouvelle',
    title: 'Je dépose une réclamation',
    loadComponent: () => import('./new-complaint/new-complaint-page').then((m) => m.NewComplaintPage),
  },
  {
    path: ':complaintId',
    title: 'Réclamation',
    loadComponent: () => import('./complaint-receipt/complaint-page').then((m) => m.ComplaintPage),
  },
];

/** « Je saisis le médiateur », mounted under `mediation`. */
export const mediationRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Je saisis le médiateur',
    loadComponent: () => import('./mediation-home/mediation-home-page').then((m) => m.MediationHomePage),
  },
  {
    path: 'saisir',
    title: 'Saisir le médiateur',
    loadComponent: () => import('./file-mediation/file-mediation-page').then((m) => m.FileMediationPage),
  },
  {
    path: ':mediationId',
    title: 'Demande de médiation',
    loadComponent: () => import('./mediation-detail/mediation-detail-page').then((m) => m.MediationDetailPage),
  },
];

/** The Conseiller / médiateur's side, mounted under `conseiller/reclamations` and `conseiller/mediations`. */
export const complaintsBackofficeRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Réclamations',
    loadComponent: () => import('./backoffice-complaints/backoffice-complaints-page').then((m) => m.BackofficeComplaintsPage),
  },
];

export const mediationBackofficeRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Médiations',
    loadComponent: () => import('./backoffice-mediations/backoffice-mediations-page').then((m) => m.BackofficeMediationsPage),
  },
  {
    path: ':mediationId',
    title: 'Médiation',
    loadComponent: () => import('./backoffice-mediation/backoffice-mediation-page').then((m) => m.BackofficeMediationPage),
  },
];
