/**
 * Test-only helpers for the identity specs (never exported from the library's index).
 */
import { TestBed } from '@angular/core/testing';
import type { Routes } from '@angular/router';
import { FIRM_RIGHTS, type SessionState, type SpaceSummary } from '@portail/domain';
import { type RoutedTest, apiError, setUpRoutedTest } from '@portail/portal-forms/testing';
import { SessionStore } from '../session/session-store';

export { apiError, buttonByText, errorOf, fieldByLabel, leave, textOf, typeInto } from '@portail/portal-forms/testing';

export const PENDING_TIERS_SPACE: SpaceSummary = {
  id: 'space-martin',
  kind: 'tiers',
  name: 'Cabinet Martin',
  siret: '73282932000074',
  status: 'en-attente-parametrage',
  role: 'administrateur',
  rights: [...FIRM_RIGHTS],
};

export const TI_SPACE: SpaceSummary = {
  id: 'space-ti',
  kind: 'travailleur-independant',
  name: 'Claire Martin',
  siret: null,
  status: 'actif',
  role: 'titulaire',
  rights: [...FIRM_RIGHTS],
};

export function aSession(overrides: Partial<SessionState> = {}): SessionState {
  return {
    person: {
      id: 'person-1',
      email: 'claire.martin@cabinet-martin.fr',
      civility: 'Mme',
      firstName: 'Claire',
      lastName: 'Martin',
      backofficeRole: null,
    },
    mustChangePassword: false,
    spaces: [PENDING_TIERS_SPACE],
    currentSpaceId: PENDING_TIERS_SPACE.id,
    ...overrides,
  };
}

export interface PortalTest extends RoutedTest {
  /** Reads the session as the shell does, and answers it. */
  signIn(session: SessionState | null): Promise<void>;
}

export async function setUpPortalTest(routes: Routes): Promise<PortalTest> {
  const test = await setUpRoutedTest(routes);
  return {
    ...test,
    async signIn(session) {
      const loaded = TestBed.inject(SessionStore).ensureLoaded();
      const request = test.http.expectOne('/api/auth/session');
      if (session) {
        request.flush(session);
      } else {
        request.flush(...apiError(401, 'Vous devez vous connecter.'));
      }
      await loaded;
    },
  };
}
