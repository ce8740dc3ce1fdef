import { Routes } from '@angular/router';

/**
 * « Messagerie » of the current space, mounted under `messagerie` (behind the login and space
 * guards). Who may use it is the API's call: its 403 sentence is shown as is.
 */
export const messagingRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Messagerie',
    loadComponent: () => import('./messaging-page/messaging-page').then((m) => m.MessagingPage),
  },
  {
    path: 'nouveau',
    title: 'Nouveau message',
    loadComponent: () => import('./new-thread-page/new-thread-page').then((m) => m.NewThreadPage),
  },
  {
    path: ':threadId',
    title: 'Conversation',
    loadComponent: () => import('./thread-page/thread-page').then((m) => m.ThreadPage),
  },
];

/** The Conseiller's side of the Messagerie, mounted under `conseiller/messagerie`. */
export const messagingBackofficeRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Messagerie — Espace conseiller',
    loadComponent: () => import('./backoffice-threads-page/backoffice-threads-page').then((m) => m.BackofficeThreadsPage),
  },
  {
    path: ':threadId',
    title: 'Conversation — Espace conseiller',
    loadComponent: () => import('./backoffice-thread-page/backoffice-thread-page').then((m) => m.BackofficeThreadPage),
  },
];
