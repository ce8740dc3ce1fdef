import { Routes } from '@angular/router';

const HELP_TITLE = 'Questions-Réponses';

/**
 * « Questions-Réponses » and the change-of-situation guide, mounted under `aide` (public, like
 * the FAQ they reproduce). A question's own address opens the same page on that question.
 */
export const helpRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: HELP_TITLE,
    loadComponent: () => import('./help-page/help-page').then((m) => m.HelpPage),
  },
  {
    path: 'questions/:questionId',
    title: HELP_TITLE,
    loadComponent: () => import('./help-page/help-page').then((m) => m.HelpPage),
  },
  {
    path: 'changement-de-situation',
    title: 'Changement de situation',
    loadComponent: () => import('./situation-guide/situation-guide-page').then((m) => m.SituationGuidePage),
  },
];
