import { Routes } from '@angular/router';

/**
 * Mounted under `bac-a-sable` by the app. The shell imports this library eagerly (it needs
 * SandboxClock for the sandbox bar), so the laziness lives here: each page is its own chunk,
 * downloaded only when a trainer opens the simulated mailbox or letters.
 *
 * The same pages serve e-mails and letters: the route's `kind` data reaches their `kind` input
 * through component input binding, like `:id`.
 */
export const sandboxRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'courriels' },
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
];
