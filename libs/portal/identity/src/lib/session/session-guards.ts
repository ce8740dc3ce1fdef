import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import type { BackofficeRole } from '@portail/domain';
import {
  CHANGE_PASSWORD_URL,
  CHOOSE_SPACE_URL,
  LOGIN_URL,
  RETURN_URL_PARAM,
  homeUrlOf,
  mustChooseSpace,
} from './landing';
import { SessionStore } from './session-store';

function loginRedirect(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree([LOGIN_URL], { queryParams: { [RETURN_URL_PARAM]: returnUrl } });
}

/** Signed-in people only; the others go to « Se connecter » and come back here afterwards. */
export const requireSession: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  return session ? true : loginRedirect(router, state.url);
};

/**
 * A provisional password must be changed first (the API answers 403 everywhere else anyway).
 * Implies `requireSession`.
 */
export const requirePasswordChanged: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  if (!session) {
    return loginRedirect(router, state.url);
  }
  return session.mustChangePassword ? router.parseUrl(CHANGE_PASSWORD_URL) : true;
};

function currentSpaceGuard(fresh: boolean): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const store = inject(SessionStore);
    const session = fresh && store.loaded() ? await store.refresh() : await store.ensureLoaded();
    if (!session) {
      return loginRedirect(router, state.url);
    }
    return mustChooseSpace(session) ? router.parseUrl(CHOOSE_SPACE_URL) : true;
  };
}

/** A page of one space: the person with several spaces chooses one first. */
export const requireCurrentSpace: CanActivateFn = currentSpaceGuard(false);

/**
 * The same, for the areas whose buttons follow the person's rights (portfolio, « Mes cotisations »,
 * « Gérer les comptes »): entering one reads the session again, so that rights an administrator
 * changed, or an access ended, show at the next visit and not only after a reload. The API checks
 * them on every request anyway.
 */
export const requireCurrentSpaceWithFreshRights: CanActivateFn = currentSpaceGuard(true);

/** The back-office of the Urssaf's staff; anyone else is sent to their own home. */
export function requireBackoffice(role: BackofficeRole): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const session = await inject(SessionStore).ensureLoaded();
    if (!session) {
      return loginRedirect(router, state.url);
    }
    if (session.person.backofficeRole === role && !session.mustChangePassword) {
      return true;
    }
    return router.parseUrl(homeUrlOf(session));
  };
}
