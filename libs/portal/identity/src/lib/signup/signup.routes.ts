import { inject } from '@angular/core';
import { CanActivateFn, Router, Routes } from '@angular/router';
import { SIGNUP_STEPS, type SignupStepName } from './signup-steps';
import { SignupStore } from './signup-store';

/** The screens that fill the draft in, in order; the notice screen sits with the SIRET one. */
const FILLING_ORDER: readonly SignupStepName[] = ['profile', 'siret', 'account', 'personal'];

function positionOf(step: SignupStepName): number {
  return FILLING_ORDER.indexOf(step === 'notice' ? 'siret' : step);
}

/** A screen of the wizard opens once the screens before it are filled in; else the first missing one. */
function requireEarlierSteps(step: SignupStepName): CanActivateFn {
  return () => {
    const missing = inject(SignupStore).firstIncompleteStep();
    if (missing === null || positionOf(missing) >= positionOf(step)) {
      return true;
    }
    return inject(Router).parseUrl(SIGNUP_STEPS[missing].url);
  };
}

const SIGNUP_TITLE = 'Créer votre espace';

/** Mounted under `inscription`; each screen is its own lazy chunk. */
export const signupRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: SIGNUP_TITLE,
    loadComponent: () => import('./profile-choice-page/profile-choice-page').then((m) => m.ProfileChoicePage),
  },
  {
    path: 'information',
    title: `Message d’information — ${SIGNUP_TITLE}`,
    canActivate: [requireEarlierSteps('notice')],
    loadComponent: () => import('./notice-page/notice-page').then((m) => m.NoticePage),
  },
  {
    path: 'siret',
    title: `Demande d’adhésion aux services en ligne — ${SIGNUP_TITLE}`,
    canActivate: [requireEarlierSteps('siret')],
    loadComponent: () => import('./siret-page/siret-page').then((m) => m.SiretPage),
  },
  {
    path: 'compte',
    title: `Catégorie de compte — ${SIGNUP_TITLE}`,
    canActivate: [requireEarlierSteps('account')],
    loadComponent: () => import('./account-page/account-page').then((m) => m.AccountPage),
  },
  {
    path: 'informations-personnelles',
    title: `Informations personnelles — ${SIGNUP_TITLE}`,
    canActivate: [requireEarlierSteps('personal')],
    loadComponent: () => import('./personal-page/personal-page').then((m) => m.PersonalPage),
  },
  {
    path: 'courriel-envoye',
    title: `Courriel de validation envoyé — ${SIGNUP_TITLE}`,
    loadComponent: () => import('./sent-page/sent-page').then((m) => m.SentPage),
  },
  {
    path: 'validation',
    title: `Validation de votre adresse courriel — ${SIGNUP_TITLE}`,
    loadComponent: () => import('./validation-page/validation-page').then((m) => m.ValidationPage),
  },
  {
    path: 'mot-de-passe',
    title: `Création du mot de passe — ${SIGNUP_TITLE}`,
    loadComponent: () => import('./password-page/password-page').then((m) => m.PasswordPage),
  },
  {
    path: 'mot-de-passe-enregistre',
    title: `Mot de passe enregistré — ${SIGNUP_TITLE}`,
    loadComponent: () => import('./password-saved-page/password-saved-page').then((m) => m.PasswordSavedPage),
  },
];
