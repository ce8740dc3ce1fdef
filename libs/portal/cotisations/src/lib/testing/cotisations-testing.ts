/**
 * Test-only helpers for the « Mes cotisations » specs (never exported from the library's index).
 */
import { signal } from '@angular/core';
import type { Routes } from '@angular/router';
import { type CotisationsOverview, FIRM_RIGHTS, type FirmRight, type Instalment, type InstalmentStatus } from '@portail/domain';
import { SessionStore } from '@portail/portal-identity';
import { type RoutedTest, controlByLabel, setUpRoutedTest } from '@portail/portal-forms/testing';
import { SandboxClock } from '@portail/portal-sandbox';
import { cotisationsRoutes } from '../cotisations.routes';

export {
  apiError,
  buttonByText,
  errorOf,
  fieldByLabel,
  leave,
  textOf,
  typeInto,
} from '@portail/portal-forms/testing';

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

export function anInstalment(number: number, status: InstalmentStatus, year = 2027): Instalment {
  const month = String(number).padStart(2, '0');
  return {
    id: year === 2027 ? `inst-${number}` : `inst-${year}-${number}`,
    year,
    number,
    dueDate: `${year}-${month}-05`,
    amountCents: 37_500,
    status,
    paidAt: status === 'payee' ? `${year}-${month}-04T10:00:00.000Z` : null,
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
    previousYearsDueCents: 0,
    nextYear: null,
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

export interface CotisationsTest extends RoutedTest {
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

export async function setUpCotisationsTest(rights: readonly FirmRight[] = FIRM_RIGHTS): Promise<CotisationsTest> {
  const getContext = stubCanvas();
  const test = await setUpRoutedTest(MOUNTS, {
    // No polling of the clock in these tests: a fixed sandbox time.
    providers: [
      { provide: SandboxClock, useValue: { now: signal(TODAY) } },
      // The current space's rights, as the SessionStore holds them (an administrator's: every right).
      { provide: SessionStore, useValue: { currentSpace: signal({ rights: [...rights] }) } },
    ],
  });
  return {
    ...test,
    getContext,
    async openClient(section, overview = anOverview()) {
      const page = await test.navigate(`/portefeuille/clients/client-42/cotisations/${section}`);
      (await test.nextRequest('/api/portfolio/clients/client-42/cotisations')).flush(overview);
      await test.settle();
      return page;
    },
  };
}

export function selectByLabel(root: ParentNode, label: string): HTMLSelectElement {
  return controlByLabel(root, label) as HTMLSelectElement;
}

export function textAreaByLabel(root: ParentNode, label: string): HTMLTextAreaElement {
  return controlByLabel(root, label) as HTMLTextAreaElement;
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
