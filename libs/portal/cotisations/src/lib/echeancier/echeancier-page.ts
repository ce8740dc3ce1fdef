import { injectCurrentRights } from '@portail/portal-identity';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { INSTALMENT_STATUS_LABELS, type Instalment, instalmentName, instalmentTitle, isRegularisation, PAYMENT_METHOD_LABELS } from '@portail/domain';
import { formatDay, formatDueDate, formatEuros } from '../cotisations-format';
import { CotisationsStore } from '../cotisations-store';
import { InstalmentsChart } from './instalments-chart';

/**
 * « Échéancier » (the default sub-page): what earlier years still owe, what the year costs, what is
 * paid and what is left, the documented formula, the 12 monthly instalments as a chart and as a
 * table, each unpaid one with « Payer », and from 1 December next year's provisional schedule.
 */
@Component({
  selector: 'pt-echeancier-page',
  imports: [NgTemplateOutlet, RouterLink, MatButton, InstalmentsChart],
  templateUrl: './echeancier-page.html',
  styleUrls: ['../cotisations-page.scss', './echeancier-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EcheancierPage {
  protected readonly overview = inject(CotisationsStore).overview;
  protected readonly previousInstalments = computed(() => this.instalmentsOf((year, shown) => year < shown));
  protected readonly yearInstalments = computed(() => this.instalmentsOf((year, shown) => year === shown));
  protected readonly nextInstalments = computed(() => this.instalmentsOf((year, shown) => year > shown));

  protected readonly statusLabels = INSTALMENT_STATUS_LABELS;
  protected readonly methodLabels = PAYMENT_METHOD_LABELS;
  protected readonly formatEuros = formatEuros;
  protected readonly formatDueDate = formatDueDate;
  protected readonly instalmentName = instalmentName;
  protected readonly formatDay = formatDay;

  private readonly may = injectCurrentRights();

  /** « 3 » for the instalment of March, « Régularisation 2026 » for a regularisation. */
  protected rowLabel(instalment: Instalment): string {
    if (!isRegularisation(instalment)) return String(instalment.number);
    const title = instalmentTitle(instalment);
    return `${title.charAt(0).toUpperCase()}${title.slice(1)}`;
  }

  /** The template's context is untyped: its table is only ever given instalments. */
  protected asInstalments(value: unknown): readonly Instalment[] {
    return value as readonly Instalment[];
  }

  private instalmentsOf(belongs: (year: number, shown: number) => boolean): Instalment[] {
    const overview = this.overview();
    return overview ? overview.instalments.filter((instalment) => belongs(instalment.year, overview.year)) : [];
  }

  /** An instalment of 0 € (the year already covered) has nothing to pay; a collaborator without « Paiement » pays nothing. */
  protected isPayable(instalment: Instalment): boolean {
    return this.may()('paiement') && instalment.status !== 'payee' && instalment.amountCents > 0;
  }
}
