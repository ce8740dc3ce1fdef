import { Route } from '@angular/router';
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
  // Placeholders until the sign-in and sign-up procedures are built.
  {
    path: 'connexion',
    title: 'Se connecter',
    data: { heading: 'Se connecter' },
    loadComponent: () => import('@portail/portal-home').then((m) => m.ComingSoonPage),
  },
  {
    path: 'inscription',
    title: 'Créer votre espace',
    data: { heading: 'Créer votre espace' },
    loadComponent: () => import('@portail/portal-home').then((m) => m.ComingSoonPage),
  },
  // Training tools, not the product: the simulated mailbox and letters. Not `loadChildren`:
  // the shell already imports the sandbox library for its clock (and Nx forbids importing a
  // library both statically and lazily), so its routes load each page lazily themselves.
  { path: 'bac-a-sable', children: sandboxRoutes },
  {
    path: '**',
    title: 'Page introuvable',
    loadComponent: () => import('@portail/portal-home').then((m) => m.NotFoundPage),
  },
];
