/**
 * Test-only helpers for the « Mes cotisations » specs (never exported from the library's index).
 */
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, type Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CotisationsOverview, Instalment, InstalmentStatus } from '@portail/domain';
import { SandboxClock } from '@portail/portal-sandbox';
import { cotisationsRoutes } from '../cotisations.routes';

/** The sandbox clock of these tests: 10 March 2027, so March is late and April to December to pay. */
export const TODAY = new Date('2027-03-10T09:00:00.000Z');

/** The app's two mounts (apps/portal/src/app/app.routes.ts), with their data on the ancestors. */
const MOUNTS: Routes = [
  {
    path: 'portefeuille',
    children: [
      {
        path: 'clients/:clientId/cotisations',
        data: { cotisationsScope: 'client' },
        loadChildren: () => Promise.resolve(cotisationsRoutes),
      },
      { path: '', children: [] },
    ],
  },
  {
    path: 'mes-cotisations',
    data: { cotisationsScope: 'me' },
    loadChildren: () => Promise.resolve(cotisationsRoutes),
  },
];

function anInstalment(number: number, status: InstalmentStatus): Instalment {
  const month = String(number).padStart(2, '0');
  return {
    id: `inst-${number}`,
    number,
    dueDate: `2027-${month}-05`,
    amountCents: 37_500,
    status,
    paidAt: status === 'payee' ? `2027-${month}-04T10:00:00.000Z` : null,
    paidBy: status === 'payee' ? 'carte' : null,
  };
}

/** 4 500 € for 2027 in 12 instalments of 375 €: January and February paid, March late. */
export function anOverview(overrides: Partial<CotisationsOverview> = {}): CotisationsOverview {
  const statuses: InstalmentStatus[] = ['payee', 'payee', 'en-retard', ...Array<InstalmentStatus>(9).fill('a-payer')];
  return {
    contributor: { name: 'DURAND Paul', tradeName: 'Boulangerie Durand', siren: '732829320', tiNumber: '12345678901' },
    year: 2027,
    declarationYear: 2026,
    annualAmountCents: 450_000,
    paidCents: 75_000,
    remainingCents: 375_000,
    formula: 'Cotisations de l’année = 45 % du revenu professionnel de l’année précédente (minimum 1 200 €).',
    instalments: statuses.map((status, index) => anInstalment(index + 1, status)),
    declarations: [
      { year: 2025, incomeCents: 1_000_000, declaredAt: '2026-04-12T08:30:00.000Z', declaredBy: 'Urssaf' },
    ],
    mandate: null,
    requests: [],
    history: [],
    ...overrides,
  };
}

/** The overview once `number` is paid by `paidBy`. */
export function withInstalmentPaid(
  overview: CotisationsOverview,
  number: number,
  paidBy: Instalment['paidBy'] = 'carte',
): CotisationsOverview {
  const instalments = overview.instalments.map((instalment) =>
    instalment.number === number
      ? { ...instalment, status: 'payee' as const, paidAt: '2027-03-10T09:00:00.000Z', paidBy }
      : instalment,
  );
  const paid = instalments.find((instalment) => instalment.number === number)?.amountCents ?? 0;
  return {
    ...overview,
    instalments,
    paidCents: overview.paidCents + paid,
    remainingCents: overview.remainingCents - paid,
  };
}

/** An HTTP error body as the API sends it. */
export function apiError(statusCode: number, message: string, extra: Record<string, unknown> = {}) {
  return [
    { statusCode, message, ...extra },
    { status: statusCode, statusText: 'Error' },
  ] as const;
}

export interface CotisationsTest {
  http: HttpTestingController;
  harness: RouterTestingHarness;
  router: Router;
  /** The request once it was sent (pages send from async code). */
  nextRequest(url: string): Promise<TestRequest>;
  settle(): Promise<void>;
  navigate(url: string): Promise<HTMLElement>;
  /** jsdom has no 2D canvas: `getContext` answers null, so the échéancier leaves its chart out. */
  getContext: ReturnType<typeof stubCanvas>;
  /**
   * Opens an attached client's « Mes cotisations » at `section` and answers its overview (the
   * accountant's mount: no tiers notices to answer).
   */
  openClient(section: string, overview?: CotisationsOverview): Promise<HTMLElement>;
}

function stubCanvas() {
  const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  getContext.mockClear();
  return getContext;
}

export async function setUpCotisationsTest(): Promise<CotisationsTest> {
  const getContext = stubCanvas();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter(MOUNTS, withComponentInputBinding()),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      // No polling of the clock in these tests: a fixed sandbox time.
      { provide: SandboxClock, useValue: { now: signal(TODAY) } },
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
  const navigate = async (url: string) => {
    // No whenStable here: a page whose request is pending would never be stable.
    await harness.navigateByUrl(url);
    harness.fixture.detectChanges();
    return harness.routeNativeElement as HTMLElement;
  };
  return {
    http,
    harness,
    router: TestBed.inject(Router),
    getContext,
    nextRequest,
    settle,
    navigate,
    async openClient(section, overview = anOverview()) {
      const page = await navigate(`/portefeuille/clients/client-42/cotisations/${section}`);
      (await nextRequest('/api/portfolio/clients/client-42/cotisations')).flush(overview);
      await settle();
      return page;
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
function controlByLabel(root: ParentNode, label: string): Element {
  const labels = Array.from(root.querySelectorAll('mat-form-field label'));
  const match = labels.find((element) => element.textContent?.replace(/\s*\*\s*$/, '').trim() === label);
  const control = match?.getAttribute('for') ? root.querySelector(`#${match.getAttribute('for')}`) : null;
  if (!control) {
    throw new Error(`No field labelled « ${label} »`);
  }
  return control;
}

export function fieldByLabel(root: ParentNode, label: string): HTMLInputElement {
  return controlByLabel(root, label) as HTMLInputElement;
}

export function selectByLabel(root: ParentNode, label: string): HTMLSelectElement {
  return controlByLabel(root, label) as HTMLSelectElement;
}

export function textAreaByLabel(root: ParentNode, label: string): HTMLTextAreaElement {
  return controlByLabel(root, label) as HTMLTextAreaElement;
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

/** Text content with every run of spaces (no-break ones of French amounts included) as one space. */
export function textOf(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * The text of `element` with its elements' texts apart: Angular drops the whitespace between
 * tags, so « <dt>IBAN</dt><dd>FR76…</dd> » reads « IBAN FR76… » here, as it does on screen.
 */
export function wordsOf(element: Element | null | undefined): string {
  if (!element) {
    return '';
  }
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    texts.push(node.textContent ?? '');
  }
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}
