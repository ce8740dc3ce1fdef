import { Routes } from '@angular/router';
import { requireBackoffice } from '@portail/portal-identity';
import { requireSandbox } from './clock/require-sandbox';

/**
 * Mounted under `bac-a-sable` by the app. The shell imports this library eagerly (it needs
 * SandboxClock for the sandbox bar), so the laziness lives here: each page is its own chunk,
 * downloaded only when a trainer opens the simulated mailbox, the letters or the console.
 *
 * The same pages serve e-mails and letters: the route's `kind` data reaches their `kind` input
 * through component input binding, like `:id`.
 */
export const sandboxRoutes: Routes = [
  {
    path: '',
    // With SANDBOX=false none of these pages exists: the app's « Page introuvable » answers.
    canMatch: [requireSandbox],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'courriels' },
      {
        path: 'console',
        title: 'Console du formateur',
        canActivate: [requireBackoffice('formateur')],
        loadComponent: () => import('./console/console-page').then((m) => m.ConsolePage),
      },
      {
        path: 'courriels',
        title: 'Boîte de réception simulée',
        data: { kind: 'email' },
        loadComponent: () => import('./mailbox/mailbox-page').then((m) => m.MailboxPage),
      },
      {
        path: 'courriels/:id',
        title: 'Courriel simulé',
        data: { kind: 'email' },
        loadComponent: () => import('./message/message-page').then((m) => m.MessagePage),
      },
      {
        path: 'courrier',
        title: 'Courrier simulé',
        data: { kind: 'letter' },
        loadComponent: () => import('./mailbox/mailbox-page').then((m) => m.MailboxPage),
      },
      {
        path: 'courrier/:id',
        title: 'Courrier simulé',
        data: { kind: 'letter' },
        loadComponent: () => import('./message/message-page').then((m) => m.MessagePage),
      },
    ],
  },
];
