import { injectCurrentRights } from '@portail/portal-identity';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { INSTALMENT_STATUS_LABELS, type Instalment, ofInstalmentMonth, PAYMENT_METHOD_LABELS } from '@portail/domain';
import { formatDay, formatDueDate, formatEuros } from '../cotisations-format';
import { CotisationsStore } from '../cotisations-store';
import { InstalmentsChart } from './instalments-chart';

/**
 * « Échéancier » (the default sub-page): what the year costs, what is paid and what is left, the
 * documented formula, then the 12 monthly instalments as a chart and as a table, each unpaid one
 * with « Payer ».
 */
@Component({
  selector: 'pt-echeancier-page',
  imports: [RouterLink, MatButton, InstalmentsChart],
  templateUrl: './echeancier-page.html',
  styleUrls: ['../cotisations-page.scss', './echeancier-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EcheancierPage {
  protected readonly overview = inject(CotisationsStore).overview;

  protected readonly statusLabels = INSTALMENT_STATUS_LABELS;
  protected readonly methodLabels = PAYMENT_METHOD_LABELS;
  protected readonly formatEuros = formatEuros;
  protected readonly formatDueDate = formatDueDate;
  protected readonly ofInstalmentMonth = ofInstalmentMonth;
  protected readonly formatDay = formatDay;

  private readonly may = injectCurrentRights();

  /** An instalment of 0 € (the year already covered) has nothing to pay; a collaborator without « Paiement » pays nothing. */
  protected isPayable(instalment: Instalment): boolean {
    return this.may()('paiement') && instalment.status !== 'payee' && instalment.amountCents > 0;
  }
}
