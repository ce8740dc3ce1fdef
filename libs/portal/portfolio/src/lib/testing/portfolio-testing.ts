/**
 * Test-only helpers for the portfolio specs (never exported from the library's index).
 */
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PortfolioClient, PortfolioClientDetail } from '@portail/domain';
import { portfolioRoutes } from '../portfolio.routes';

/** Where the portfolio's links lead outside the library. */
@Component({ template: '<h1>Ailleurs</h1>' })
class ElsewherePage {}

export function aClient(overrides: Partial<PortfolioClient> = {}): PortfolioClient {
  return {
    id: 'att-1',
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

/** An HTTP error body as the API sends it. */
export function apiError(statusCode: number, message: string, extra: Record<string, unknown> = {}) {
  return [
    { statusCode, message, ...extra },
    { status: statusCode, statusText: 'Error' },
  ] as const;
}

export interface PortfolioTest {
  http: HttpTestingController;
  router: Router;
  /** The request once it was sent (pages send from async code and after debounces). */
  nextRequest(url: string, method?: string): Promise<TestRequest>;
  settle(): Promise<void>;
  navigate(url: string): Promise<HTMLElement>;
}

export async function setUpPortfolioTest(): Promise<PortfolioTest> {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(
        [
          {
            path: 'portefeuille',
            children: [
              { path: 'clients/:clientId/cotisations', component: ElsewherePage },
              { path: '', children: portfolioRoutes },
            ],
          },
          { path: '**', component: ElsewherePage },
        ],
        withComponentInputBinding(),
      ),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  return {
    http,
    router: TestBed.inject(Router),
    nextRequest: (url, method = 'GET') =>
      vi.waitFor(() => http.expectOne((request) => request.url === url && request.method === method)),
    // A macrotask first: the pages' async handlers finish in microtasks. Only once every request
    // is answered: a pending request keeps the page unstable.
    async settle() {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    },
    async navigate(url) {
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

export function leave(input: HTMLInputElement): void {
  input.dispatchEvent(new Event('blur'));
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

export function linkByText(root: ParentNode, text: string): HTMLAnchorElement {
  const link = Array.from(root.querySelectorAll('a')).find((element) => textOf(element) === text);
  if (!link) {
    throw new Error(`No link « ${text} »`);
  }
  return link;
}

/** Checks the radio button whose label starts with `label`. */
export function chooseRadio(root: ParentNode, label: string): void {
  const radio = Array.from(root.querySelectorAll('mat-radio-button')).find((element) =>
    textOf(element).startsWith(label),
  );
  const input = radio?.querySelector('input');
  if (!input) {
    throw new Error(`No radio button « ${label} »`);
  }
  input.click();
}

export function dialog(): HTMLElement | null {
  return document.querySelector('mat-dialog-container');
}

export function textOf(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
