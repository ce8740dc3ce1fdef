import { Route } from '@angular/router';
import { identityRoutes, requireBackoffice, requireCurrentSpaceWithFreshRights, requirePasswordChanged } from '@portail/portal-identity';
import { sandboxRoutes } from '@portail/portal-sandbox';

/**
 * Every page is lazy: the first visit only downloads the shell (header, footer, sandbox bar)
 * and the page it shows. Each `import()` becomes its own chunk.
 */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('@portail/portal-home').then((m) => m.HomePage),
  },
  // « Créer votre espace », « Se connecter », passwords, spaces and profile. Not `loadChildren`:
  // the shell imports the identity library eagerly for the session (Nx forbids importing a
  // library both statically and lazily), so its routes load each page lazily themselves.
  ...identityRoutes,
  // The Conseiller Urssaf's back-office: a library of its own, downloaded by its users only.
  {
    path: 'conseiller',
    canActivate: [requireBackoffice('conseiller')],
    children: [
      { path: 'messagerie', loadChildren: () => import('@portail/portal-messaging').then((m) => m.messagingBackofficeRoutes) },
      { path: 'reclamations', loadChildren: () => import('@portail/portal-complaints').then((m) => m.complaintsBackofficeRoutes) },
      { path: 'mediations', loadChildren: () => import('@portail/portal-complaints').then((m) => m.mediationBackofficeRoutes) },
      { path: '', loadChildren: () => import('@portail/portal-backoffice').then((m) => m.backofficeRoutes) },
    ],
  },
  // The firm's client portfolio, and the one module of a client it opens: « Mes cotisations ».
  {
    path: 'portefeuille',
    canActivate: [requirePasswordChanged, requireCurrentSpaceWithFreshRights],
    children: [
      {
        path: 'clients/:clientId/cotisations',
        data: { cotisationsScope: 'client' },
        loadChildren: () => import('@portail/portal-cotisations').then((m) => m.cotisationsRoutes),
      },
      { path: '', loadChildren: () => import('@portail/portal-portfolio').then((m) => m.portfolioRoutes) },
    ],
  },
  // « Gérer les comptes » and the Historique: administrators only (the API answers 403 to the
  // others, and the pages show it). The activation link of a new account is public.
  {
    path: 'comptes',
    canActivate: [requirePasswordChanged, requireCurrentSpaceWithFreshRights],
    loadChildren: () => import('@portail/portal-accounts').then((m) => m.accountsRoutes),
  },
  {
    path: 'historique',
    canActivate: [requirePasswordChanged, requireCurrentSpaceWithFreshRights],
    loadChildren: () => import('@portail/portal-accounts').then((m) => m.historyRoutes),
  },
  { path: 'activation', loadChildren: () => import('@portail/portal-accounts').then((m) => m.activationRoutes) },
  // A travailleur indépendant's own « Mes cotisations » (same pages, their own account).
  {
    path: 'mes-cotisations',
    canActivate: [requirePasswordChanged, requireCurrentSpaceWithFreshRights],
    data: { cotisationsScope: 'me' },
    loadChildren: () => import('@portail/portal-cotisations').then((m) => m.cotisationsRoutes),
  },
  // The space's exchanges with its Urssaf (#7): Messagerie, réclamations, médiateur du CPSTI.
  {
    path: 'messagerie',
    canActivate: [requirePasswordChanged, requireCurrentSpaceWithFreshRights],
    loadChildren: () => import('@portail/portal-messaging').then((m) => m.messagingRoutes),
  },
  {
    path: 'reclamations',
    canActivate: [requirePasswordChanged, requireCurrentSpaceWithFreshRights],
    loadChildren: () => import('@portail/portal-complaints').then((m) => m.complaintsRoutes),
  },
  {
    path: 'mediation',
    canActivate: [requirePasswordChanged, requireCurrentSpaceWithFreshRights],
    loadChildren: () => import('@portail/portal-complaints').then((m) => m.mediationRoutes),
  },
  // « Questions-Réponses »: public, like the FAQ it reproduces.
  { path: 'aide', loadChildren: () => import('@portail/portal-help').then((m) => m.helpRoutes) },
  // Training tools, not the product: the simulated mailbox and letters. Same pattern: the shell
  // already imports the sandbox library for its clock.
  { path: 'bac-a-sable', children: sandboxRoutes },
  {
    path: '**',
    title: 'Page introuvable',
    loadComponent: () => import('@portail/portal-home').then((m) => m.NotFoundPage),
  },
];
