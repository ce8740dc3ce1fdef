/**
 * Test-only helpers for the portal's page specs: a routed TestBed with the HTTP backend mocked,
 * and the few DOM look-ups every spec does.
 */
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, type Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

/** An HTTP error body as the API sends it. */
export function apiError(statusCode: number, message: string, extra: Record<string, unknown> = {}) {
  return [
    { statusCode, message, ...extra },
    { status: statusCode, statusText: 'Error' },
  ] as const;
}

export interface RoutedTest {
  http: HttpTestingController;
  harness: RouterTestingHarness;
  router: Router;
  /** The request once it was sent (pages send from async code), of any method unless `method`. */
  nextRequest(url: string, method?: string): Promise<TestRequest>;
  settle(): Promise<void>;
  navigate(url: string): Promise<HTMLElement>;
}

export interface RoutedTestOptions {
  /** Binds route parameters to component inputs, as the app does (default true). */
  inputBinding?: boolean;
  providers?: Provider[];
}

export async function setUpRoutedTest(routes: Routes, options: RoutedTestOptions = {}): Promise<RoutedTest> {
  const { inputBinding = true, providers = [] } = options;
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      inputBinding ? provideRouter(routes, withComponentInputBinding()) : provideRouter(routes),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ...providers,
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  return {
    http,
    harness,
    router: TestBed.inject(Router),
    nextRequest: (url, method) =>
      vi.waitFor(() =>
        http.expectOne((request) => request.url === url && (method === undefined || request.method === method)),
      ),
    // A macrotask first: the pages' async handlers (await firstValueFrom…) finish in microtasks.
    // Only once every request is answered: a pending request keeps the page unstable.
    async settle() {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    },
    async navigate(url) {
      // No whenStable here: a page whose request is pending would never be stable.
      await harness.navigateByUrl(url);
      harness.fixture.detectChanges();
      return harness.routeNativeElement as HTMLElement;
    },
  };
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement | null | undefined, value: string): void {
  if (!input) {
    throw new Error('No such field');
  }
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

export function leave(input: HTMLElement | null | undefined): void {
  input?.dispatchEvent(new Event('blur'));
}

/** The control of the mat-form-field labelled `label`. */
export function controlByLabel(root: ParentNode, label: string): Element {
  const labels = Array.from(root.querySelectorAll('mat-form-field label'));
  const match = labels.find((element) => element.textContent?.replace(/\s*\*\s*$/, '').trim() === label);
  const control = match?.getAttribute('for') ? root.querySelector(`#${match.getAttribute('for')}`) : null;
  if (!control) {
    throw new Error(`No field labelled « ${label} »`);
  }
  return control;
}

/** The input of the mat-form-field labelled `label`. */
export function fieldByLabel(root: ParentNode, label: string): HTMLInputElement {
  return controlByLabel(root, label) as HTMLInputElement;
}

/** The error under the field's form field, if shown. */
export function errorOf(control: HTMLElement): string | null {
  return control.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? null;
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const button = Array.from(root.querySelectorAll('button')).find((element) => element.textContent?.trim() === text);
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

/** Text content with every run of spaces (no-break ones of French amounts included) as one space. */
export function textOf(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
