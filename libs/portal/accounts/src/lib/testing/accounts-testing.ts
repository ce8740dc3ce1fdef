/**
 * Test-only helpers for the accounts specs (never exported from the library's index).
 */
import { Component } from '@angular/core';
import {
  FIRM_RIGHTS,
  type AssignableClient,
  type AuditEntry,
  type FirmAccount,
  type PortfolioClient,
} from '@portail/domain';
import { type RoutedTest, setUpRoutedTest, textOf } from '@portail/portal-forms/testing';
import { accountsRoutes, activationRoutes, historyRoutes } from '../accounts.routes';

export {
  apiError,
  buttonByText,
  chooseRadio,
  errorOf,
  fieldByLabel,
  leave,
  linkByText,
  textOf,
  typeInto,
} from '@portail/portal-forms/testing';

/** Where the pages' links lead outside the library. */
@Component({ template: '<h1>Ailleurs</h1>' })
class ElsewherePage {}

export const ADMIN: FirmAccount = {
  personId: 'person-admin',
  civility: 'Mme',
  firstName: 'Claire',
  lastName: 'Martin',
  email: 'claire.martin@cabinet-martin.fr',
  role: 'administrateur',
  rights: [...FIRM_RIGHTS],
  status: 'actif',
  isPrimary: true,
  clients: 120,
  createdAt: '2026-11-01T09:00:00.000Z',
  activationExpiresAt: null,
  deactivatedAt: null,
  emailUnreachable: false,
};

export function aCollaborator(overrides: Partial<FirmAccount> = {}): FirmAccount {
  return {
    personId: 'person-paul',
    civility: 'M',
    firstName: 'Paul',
    lastName: 'Durand',
    email: 'paul.durand@cabinet-martin.fr',
    role: 'collaborateur',
    rights: ['consultation-cotisations', 'paiement'],
    status: 'actif',
    isPrimary: false,
    clients: 2,
    createdAt: '2026-11-26T15:45:00.000Z',
    activationExpiresAt: null,
    deactivatedAt: null,
    emailUnreachable: false,
    ...overrides,
  };
}

export function aClient(overrides: Partial<PortfolioClient> = {}): PortfolioClient {
  return {
    id: 'att-1',
    contributorId: 'contributor-1',
    kind: 'entreprise',
    name: 'DUPONT Marie',
    tradeName: 'Boulangerie du Port',
    siren: '732829320',
    tiNumber: '12345678901',
    status: 'rattache',
    addedAt: '2026-11-20T10:00:00.000Z',
    attachedAt: '2026-11-21T10:00:00.000Z',
    ...overrides,
  };
}

export function anAssignableClient(overrides: Partial<AssignableClient> = {}): AssignableClient {
  return { ...aClient(), assigned: false, ...overrides };
}

export function anAuditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 'audit-1',
    at: '2026-11-27T15:45:00.000Z',
    kind: 'attachment.added',
    kindLabel: 'Client ajouté',
    actor: { personId: 'person-paul', name: 'Paul Durand' },
    client: { contributorId: 'contributor-1', name: 'DUPONT Marie' },
    account: null,
    summary: 'DUPONT Marie ajouté au portefeuille.',
    ...overrides,
  };
}

export type AccountsTest = RoutedTest;

/** The library's routes, mounted where the app mounts them (guards aside: the app's concern). */
export async function setUpAccountsTest(): Promise<AccountsTest> {
  const test = await setUpRoutedTest([
    { path: 'comptes', children: accountsRoutes },
    { path: 'historique', children: historyRoutes },
    { path: 'activation', children: activationRoutes },
    { path: '**', component: ElsewherePage },
  ]);
  return {
    ...test,
    // GET unless told: the pages send from async code and after debounces.
    nextRequest: (url, method = 'GET') => test.nextRequest(url, method),
  };
}

/** The checkbox input of the mat-checkbox whose label starts with `label`. */
export function checkboxByLabel(root: ParentNode, label: string): HTMLInputElement {
  const checkbox = Array.from(root.querySelectorAll('mat-checkbox')).find((element) =>
    textOf(element.querySelector('label')).startsWith(label),
  );
  const input = checkbox?.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (!input) {
    throw new Error(`No checkbox « ${label} »`);
  }
  return input;
}

/** The texts of the body rows, cell by cell. */
export function rowsOf(table: Element | null): string[][] {
  return Array.from(table?.querySelectorAll('tbody tr') ?? [], (row) =>
    Array.from(row.querySelectorAll('th, td'), textOf),
  );
}

/** The mat-select of the form field labelled `label` (Material gives its label no `for`). */
export function selectByLabel(root: ParentNode, label: string): HTMLElement {
  const field = Array.from(root.querySelectorAll('mat-form-field')).find(
    (element) => textOf(element.querySelector('mat-label')) === label,
  );
  const select = field?.querySelector<HTMLElement>('mat-select');
  if (!select) {
    throw new Error(`No select labelled « ${label} »`);
  }
  return select;
}

/** Opens the select labelled `label` and clicks the option whose text starts with `option`. */
export async function chooseOption(test: RoutedTest, root: ParentNode, label: string, option: string): Promise<void> {
  selectByLabel(root, label).click();
  await test.settle();
  const match = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((element) =>
    textOf(element).startsWith(option),
  );
  if (!match) {
    throw new Error(`No option « ${option} »`);
  }
  match.click();
  await test.settle();
}

export function dialog(): HTMLElement | null {
  return document.querySelector('mat-dialog-container');
}
