/**
 * Test-only helpers for the identity specs (never exported from the library's index).
 */
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Router, provideRouter, withComponentInputBinding, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionState, SpaceSummary } from '@portail/domain';
import { SessionStore } from '../session/session-store';

export const PENDING_TIERS_SPACE: SpaceSummary = {
  id: 'space-martin',
  kind: 'tiers',
  name: 'Cabinet Martin',
  siret: '73282932000074',
  status: 'en-attente-parametrage',
  role: 'administrateur',
};

export const TI_SPACE: SpaceSummary = {
  id: 'space-ti',
  kind: 'travailleur-independant',
  name: 'Claire Martin',
  siret: null,
  status: 'actif',
  role: 'titulaire',
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

/** An HTTP error body as the API sends it. */
export function apiError(statusCode: number, message: string, extra: Record<string, unknown> = {}) {
  return [
    { statusCode, message, ...extra },
    { status: statusCode, statusText: 'Error' },
  ] as const;
}

export interface PortalTest {
  http: HttpTestingController;
  harness: RouterTestingHarness;
  router: Router;
  /** The request once it was sent (pages send from async code). */
  nextRequest(url: string): Promise<TestRequest>;
  settle(): Promise<void>;
  /** Reads the session as the shell does, and answers it. */
  signIn(session: SessionState | null): Promise<void>;
  navigate(url: string): Promise<HTMLElement>;
}

export async function setUpPortalTest(routes: Routes): Promise<PortalTest> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(routes, withComponentInputBinding()),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  const nextRequest = (url: string) => vi.waitFor(() => http.expectOne((request) => request.url === url));
  // A macrotask first: the pages' async handlers (await firstValueFrom…) finish in microtasks.
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  return {
    http,
    harness,
    router: TestBed.inject(Router),
    nextRequest,
    settle,
    async signIn(session) {
      const loaded = TestBed.inject(SessionStore).ensureLoaded();
      const request = http.expectOne('/api/auth/session');
      if (session) {
        request.flush(session);
      } else {
        request.flush(...apiError(401, 'Vous devez vous connecter.'));
      }
      await loaded;
    },
    async navigate(url) {
      // No whenStable here: a page whose request is pending would never be stable.
      await harness.navigateByUrl(url);
      harness.fixture.detectChanges();
      return harness.routeNativeElement as HTMLElement;
    },
  };
}

export function typeInto(input: HTMLInputElement | null | undefined, value: string): void {
  if (!input) {
    throw new Error('No such field');
  }
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

export function leave(input: HTMLInputElement | null | undefined): void {
  input?.dispatchEvent(new Event('blur'));
}

/** The input of the mat-form-field labelled `label`. */
export function fieldByLabel(root: ParentNode, label: string): HTMLInputElement {
  const labels = Array.from(root.querySelectorAll('mat-form-field label'));
  const match = labels.find((element) => element.textContent?.replace(/\s*\*\s*$/, '').trim() === label);
  const input = match?.getAttribute('for')
    ? root.querySelector<HTMLInputElement>(`#${match.getAttribute('for')}`)
    : null;
  if (!input) {
    throw new Error(`No field labelled « ${label} »`);
  }
  return input;
}

/** The error under the field's form field, if shown. */
export function errorOf(input: HTMLInputElement): string | null {
  return input.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? null;
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const button = Array.from(root.querySelectorAll('button')).find((element) => element.textContent?.trim() === text);
  if (!button) {
    throw new Error(`No button « ${text} »`);
  }
  return button;
}

export function textOf(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
