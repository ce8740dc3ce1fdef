/**
 * Test-only helpers for the sandbox specs (never exported from the library's index).
 */
import { Component, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ClockState, OutboundMessageDetail, SessionState } from '@portail/domain';
import { type RoutedTest, setUpRoutedTest } from '@portail/portal-forms/testing';
import { SessionStore } from '@portail/portal-identity';
import { sandboxRoutes } from '../sandbox.routes';

export { apiError, buttonByText, fieldByLabel, linkByText, textOf, typeInto } from '@portail/portal-forms/testing';

/** What the app's `**` route shows. */
@Component({ template: '<h1>Page introuvable</h1>' })
class NotFoundStub {}

/** Where the console's links and the personas lead outside the library. */
@Component({ template: '<h1>Ailleurs</h1>' })
class ElsewhereStub {}

export const CLOCK: ClockState = {
  now: '2026-11-27T15:45:00.000Z',
  realNow: '2026-11-20T15:45:00.000Z',
  offsetMs: 7 * 24 * 3600 * 1000,
};

export const TRAINER_SESSION: SessionState = {
  person: {
    id: 'person-formateur',
    email: 'formateur@portail-tiers.test',
    civility: 'M',
    firstName: 'Thomas',
    lastName: 'Roux',
    backofficeRole: 'formateur',
  },
  mustChangePassword: false,
  spaces: [],
  currentSpaceId: null,
  actingTrainer: null,
};

export function aMessage(overrides: Partial<OutboundMessageDetail> = {}): OutboundMessageDetail {
  return {
    id: 'm1',
    kind: 'email',
    recipient: 'claire.martin@cabinet-martin.fr',
    subject: 'Validez votre adresse courriel',
    createdAt: '2026-11-27T15:30:00.000Z',
    body: 'Bonjour,',
    links: [],
    postalAddress: null,
    relatedEntityType: null,
    relatedEntityId: null,
    bounced: false,
    lost: false,
    resendable: false,
    ...overrides,
  };
}

export interface SandboxTest extends RoutedTest {
  /**
   * Navigates, answering the clock the first time (the routes wait for it to know whether the
   * sandbox is on) and the session when a guard reads it.
   */
  open(url: string, answers?: { clock?: 'on' | 'off'; session?: SessionState | null }): Promise<HTMLElement>;
  /** Reads this session, as the shell does at start. */
  signIn(session: SessionState): Promise<void>;
}

/** The library's routes, mounted where the app mounts them, with the app's `**` behind them. */
export async function setUpSandboxTest(): Promise<SandboxTest> {
  const test = await setUpRoutedTest([
    { path: 'bac-a-sable', children: sandboxRoutes },
    { path: 'ailleurs', component: ElsewhereStub },
    { path: '**', component: NotFoundStub },
  ]);
  let clockAnswered = false;
  return {
    ...test,
    async open(url, { clock = 'on', session } = {}) {
      const navigation = test.navigate(url);
      if (!clockAnswered) {
        clockAnswered = true;
        const request = await test.nextRequest('/api/sandbox/clock');
        if (clock === 'on') {
          request.flush(CLOCK);
        } else {
          request.flush({ statusCode: 404, message: 'Introuvable.' }, { status: 404, statusText: 'Not Found' });
        }
      }
      if (session !== undefined) {
        const request = await test.nextRequest('/api/auth/session');
        if (session) {
          request.flush(session);
        } else {
          request.flush({ statusCode: 401, message: 'Non connecté.' }, { status: 401, statusText: 'Unauthorized' });
        }
      }
      return navigation;
    },
    async signIn(session) {
      const loading = TestBed.inject(SessionStore).refresh();
      (await test.nextRequest('/api/auth/session')).flush(session);
      await loading;
    },
  };
}

export interface PanelTest extends RoutedTest {
  element: HTMLElement;
}

/**
 * One of the console's tabs on its own, routed so that its links work. `clock`: the panel reads
 * the shared SandboxClock, whose first request is answered here.
 */
export async function setUpPanelTest(component: Type<unknown>, { clock = false } = {}): Promise<PanelTest> {
  const test = await setUpRoutedTest([
    { path: '', component },
    { path: '**', component: ElsewhereStub },
  ]);
  const element = await test.navigate('/');
  if (clock) {
    (await test.nextRequest('/api/sandbox/clock')).flush(CLOCK);
  }
  return { ...test, element };
}

/** The dialog's button, once the dialog is open. */
export async function answerDialog(test: RoutedTest, label: string): Promise<void> {
  await test.settle();
  const button = Array.from(document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button')).find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  if (!button) {
    throw new Error(`No dialog button « ${label} »`);
  }
  button.click();
  await test.settle();
}

export function dialogText(): string {
  return document.querySelector('mat-dialog-container')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
