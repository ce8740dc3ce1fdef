import { Routes } from '@angular/router';

/**
 * « Gérer les comptes », mounted under `comptes` by the app with `loadChildren`, behind the same
 * guards as the portfolio. Only administrators may use it: the API answers 403 to the others and
 * the pages show its sentence.
 */
export const accountsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Gérer les comptes',
    loadComponent: () => import('./accounts-page/accounts-page').then((m) => m.AccountsPage),
  },
  {
    path: 'ajouter',
    title: 'Ajouter un compte',
    loadComponent: () => import('./add-account-page/add-account-page').then((m) => m.AddAccountPage),
  },
  {
    path: 'transfert',
    title: 'Transférer le portefeuille',
    loadComponent: () => import('./transfer-page/transfer-page').then((m) => m.TransferPage),
  },
  {
    path: ':personId',
    title: 'Compte',
    loadComponent: () => import('./account-page/account-page').then((m) => m.AccountPage),
  },
];

/** « Historique » of the space, mounted under `historique` (administrators; 403 otherwise). */
export const historyRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Historique',
    loadComponent: () => import('./history-page/history-page').then((m) => m.HistoryPage),
  },
];

/** The link of the activation e-mail, mounted under `activation`: public, the person has no password yet. */
export const activationRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Activer votre compte',
    loadComponent: () => import('./activation-page/activation-page').then((m) => m.ActivationPage),
  },
];
