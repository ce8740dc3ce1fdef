import { Routes } from '@angular/router';
import { requireCurrentSpace, requirePasswordChanged, requireSession } from './session/session-guards';

/**
 * The identity pages, at the root of the portal. The shell imports this library eagerly (it needs
 * the session for the header), so the laziness lives here: each page is its own chunk.
 */
export const identityRoutes: Routes = [
  // « Créer votre espace »: its wizard state and step guards load with its first screen.
  { path: 'inscription', loadChildren: () => import('./signup/signup.routes').then((m) => m.signupRoutes) },
  {
    path: 'connexion',
    title: 'Se connecter',
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'mot-de-passe-oublie',
    title: 'Mot de passe oublié',
    loadComponent: () => import('./password/forgotten-password-page').then((m) => m.ForgottenPasswordPage),
  },
  {
    path: 'mot-de-passe',
    children: [
      {
        path: 'changer',
        title: 'Modifier mon mot de passe',
        canActivate: [requireSession],
        loadComponent: () => import('./password/change-password-page').then((m) => m.ChangePasswordPage),
      },
      {
        path: 'reinitialiser',
        title: 'Choisir un nouveau mot de passe',
        loadComponent: () => import('./password/reset-password-page').then((m) => m.ResetPasswordPage),
      },
    ],
  },
  {
    path: 'espace',
    canActivate: [requireSession, requirePasswordChanged],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Mon espace',
        canActivate: [requireCurrentSpace],
        loadComponent: () => import('./spaces/space-home-page').then((m) => m.SpaceHomePage),
      },
      {
        path: 'choisir',
        title: 'Choisir un espace',
        loadComponent: () => import('./spaces/choose-space-page').then((m) => m.ChooseSpacePage),
      },
    ],
  },
  {
    path: 'profil',
    title: 'Mon profil',
    canActivate: [requireSession, requirePasswordChanged],
    loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
  },
];
