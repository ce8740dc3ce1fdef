import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { type Instalment, isRegularisation } from '@portail/domain';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { formatEuros, formatRoundEuros, formatShortMonth } from '../cotisations-format';

// Only what a bar chart needs: Chart.js is tree-shaken down to these pieces.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** The portal's notice colours, above 3:1 against white as graphics must be. */
const PAID_COLOUR = '#18753c';
const UNPAID_COLOUR = '#000091';
const INK_MUTED = '#3a3a3a';

type InstalmentsChartConfiguration = ChartConfiguration<'bar', number[], string>;

function isPaid(instalment: Instalment): boolean {
  return instalment.status === 'payee';
}

function totalOf(instalments: readonly Instalment[]): number {
  return instalments.reduce((sum, instalment) => sum + instalment.amountCents, 0);
}

/** What the bars show, in one sentence: the canvas is an image to assistive technologies. */
export function describeInstalmentsChart(year: number, instalments: readonly Instalment[]): string {
  const paid = instalments.filter(isPaid);
  const unpaid = instalments.filter((instalment) => !isPaid(instalment));
  return (
    `Graphique des ${instalments.length} échéances ${year} : ` +
    `${paid.length} payée${paid.length > 1 ? 's' : ''} pour ${formatEuros(totalOf(paid))}, ` +
    `${unpaid.length} non payée${unpaid.length > 1 ? 's' : ''} pour ${formatEuros(totalOf(unpaid))}. ` +
    'Le détail figure dans le tableau des échéances.'
  );
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** One bar a month, stacked so that its colour says paid or not; amounts in euros. */
function chartData(instalments: readonly Instalment[]): InstalmentsChartConfiguration['data'] {
  const euros = (instalment: Instalment, paid: boolean) =>
    isPaid(instalment) === paid ? instalment.amountCents / 100 : 0;
  return {
    labels: instalments.map((instalment) => (isRegularisation(instalment) ? 'Régul.' : formatShortMonth(instalment.dueDate))),
    datasets: [
      { label: 'Payée', data: instalments.map((i) => euros(i, true)), backgroundColor: PAID_COLOUR },
      { label: 'Non payée', data: instalments.map((i) => euros(i, false)), backgroundColor: UNPAID_COLOUR },
    ],
  };
}

function chartConfiguration(instalments: readonly Instalment[]): InstalmentsChartConfiguration {
  return {
    type: 'bar',
    data: chartData(instalments),
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: prefersReducedMotion() ? false : undefined,
      scales: {
        x: { stacked: true, grid: { display: false }, ticks: { color: INK_MUTED } },
        y: {
          stacked: true,
          beginAtZero: true,
          ticks: { color: INK_MUTED, callback: (value) => formatRoundEuros(Number(value) * 100) },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: INK_MUTED } },
        tooltip: {
          // The empty half of each stacked bar says nothing.
          filter: (item) => item.parsed.y !== 0,
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''} : ${formatEuros(Math.round((item.parsed.y ?? 0) * 100))}`,
          },
        },
      },
    },
  };
}

/**
 * The year's instalments as a bar chart, for the eye; the table of the page is its accessible
 * alternative (the canvas only carries a summary). Redrawn when the overview changes.
 */
@Component({
  selector: 'pt-instalments-chart',
  template: `
    <div class="chart">
      <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      position: relative;
      height: 18rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InstalmentsChart {
  readonly year = input.required<number>();
  readonly instalments = input.required<readonly Instalment[]>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'bar', number[], string> | null = null;

  protected readonly summary = computed(() => describeInstalmentsChart(this.year(), this.instalments()));

  constructor() {
    afterRenderEffect(() => this.draw(this.instalments()));
    inject(DestroyRef).onDestroy(() => {
      this.chart?.destroy();
      this.chart = null;
    });
  }

  private draw(instalments: readonly Instalment[]): void {
    if (this.chart) {
      this.chart.data = chartData(instalments);
      this.chart.update();
      return;
    }
    const context = this.canvas().nativeElement.getContext('2d');
    // No 2D canvas (an old browser, or a test's DOM): the table says it all.
    if (context) {
      this.chart = new Chart(context, chartConfiguration(instalments));
    }
  }
}
