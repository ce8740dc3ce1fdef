import type { SessionState } from '@portail/domain';

/** The query parameter that brings a person back to the page that asked them to sign in. */
export const RETURN_URL_PARAM = 'retour';

export const LOGIN_URL = '/connexion';
export const CHANGE_PASSWORD_URL = '/mot-de-passe/changer';
export const CHOOSE_SPACE_URL = '/espace/choisir';
export const SPACE_HOME_URL = '/espace';
export const BACKOFFICE_URL = '/conseiller';
/** The sandbox's trainer has no space: their home is the console (libs/portal/sandbox). */
export const TRAINER_CONSOLE_URL = '/bac-a-sable/console';

/** The space to work in is still to be chosen: several spaces, none chosen yet. */
export function mustChooseSpace(session: SessionState): boolean {
  return session.currentSpaceId === null && session.spaces.length > 0;
}

/** « La page d'accueil du site » for a signed-in person. */
export function homeUrlOf(session: SessionState): string {
  if (session.mustChangePassword) {
    return CHANGE_PASSWORD_URL;
  }
  if (mustChooseSpace(session)) {
    return CHOOSE_SPACE_URL;
  }
  if (session.spaces.length === 0 && session.person.backofficeRole === 'conseiller') {
    return BACKOFFICE_URL;
  }
  if (session.spaces.length === 0 && session.person.backofficeRole === 'formateur') {
    return TRAINER_CONSOLE_URL;
  }
  return SPACE_HOME_URL;
}

/** Only a path of this portal: never another site (`//evil.example`, `https://…`). */
export function safeReturnUrl(url: string | null | undefined): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) {
    return null;
  }
  return url.startsWith(LOGIN_URL) ? null : url;
}

/** Where a login leads: the password change first, then the choice of space, then the return URL. */
export function landingUrlAfterLogin(session: SessionState, returnUrl: string | null): string {
  if (session.mustChangePassword || mustChooseSpace(session)) {
    return homeUrlOf(session);
  }
  return safeReturnUrl(returnUrl) ?? homeUrlOf(session);
}
