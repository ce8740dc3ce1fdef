/**
 * Test-only helpers for the portfolio specs (never exported from the library's index).
 */
import { Component, signal } from '@angular/core';
import { FIRM_RIGHTS, type FirmRight, type PortfolioClient, type PortfolioClientDetail } from '@portail/domain';
import { SessionStore } from '@portail/portal-identity';
import { type RoutedTest, setUpRoutedTest, textOf } from '@portail/portal-forms/testing';
import { portfolioRoutes } from '../portfolio.routes';

export { apiError, chooseRadio, leave, linkByText, textOf, typeInto } from '@portail/portal-forms/testing';

/** Where the portfolio's links lead outside the library. */
@Component({ template: '<h1>Ailleurs</h1>' })
class ElsewherePage {}

export function aClient(overrides: Partial<PortfolioClient> = {}): PortfolioClient {
  return {
    id: 'att-1',
    contributorId: 'contributor-1',
    kind: 'entreprise',
    name: 'DUPONT Marie',
    tradeName: 'Boulangerie du Port',
    siren: '732829320',
    tiNumber: '12345678901',
    status: 'en-attente',
    addedAt: '2026-11-27T15:45:00.000Z',
    attachedAt: null,
    ...overrides,
  };
}

export function aClientDetail(overrides: Partial<PortfolioClientDetail> = {}): PortfolioClientDetail {
  return {
    ...aClient(),
    secretQuestions: ['Quel est le nom de votre premier animal de compagnie ?', 'Dans quelle ville êtes-vous né ?'],
    triesLeft: 5,
    ...overrides,
  };
}

export type PortfolioTest = RoutedTest;

/** The current space's rights, as the SessionStore holds them (an administrator's: every right). */
export function withRights(rights: readonly FirmRight[] = FIRM_RIGHTS) {
  return { provide: SessionStore, useValue: { currentSpace: signal({ rights: [...rights] }) } };
}

export async function setUpPortfolioTest(rights: readonly FirmRight[] = FIRM_RIGHTS): Promise<PortfolioTest> {
  const test = await setUpRoutedTest([
    {
      path: 'portefeuille',
      children: [
        { path: 'clients/:clientId/cotisations', component: ElsewherePage },
        { path: '', children: portfolioRoutes },
      ],
    },
    { path: '**', component: ElsewherePage },
  ], { providers: [withRights(rights)] });
  return {
    ...test,
    // GET unless told: the pages send from async code and after debounces.
    nextRequest: (url, method = 'GET') => test.nextRequest(url, method),
  };
}

/** The input of the mat-form-field labelled `label`. */
export function fieldByLabel(root: ParentNode, label: string): HTMLInputElement {
  const match = Array.from(root.querySelectorAll('mat-form-field label')).find(
    (element) => textOf(element).replace(/\s*\*$/, '') === label,
  );
  const input = match?.getAttribute('for')
    ? root.querySelector<HTMLInputElement>(`#${match.getAttribute('for')}`)
    : null;
  if (!input) {
    throw new Error(`No field labelled « ${label} »`);
  }
  return input;
}

/** The error under the field, if shown. */
export function errorOf(input: HTMLInputElement): string | null {
  const error = input.closest('mat-form-field')?.querySelector('mat-error');
  return error ? textOf(error) : null;
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const button = Array.from(root.querySelectorAll('button')).find((element) => textOf(element) === text);
  if (!button) {
    throw new Error(`No button « ${text} »`);
  }
  return button;
}

export function dialog(): HTMLElement | null {
  return document.querySelector('mat-dialog-container');
}
