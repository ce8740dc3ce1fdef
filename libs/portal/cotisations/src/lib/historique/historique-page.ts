import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { formatDateTime } from '@portail/portal-ui';
import { formatEuros } from '../cotisations-format';
import { CotisationsStore } from '../cotisations-store';

/** « Historique »: every operation on the account, newest first, and who made it. */
@Component({
  selector: 'pt-historique-page',
  templateUrl: './historique-page.html',
  styleUrl: '../cotisations-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoriquePage {
  protected readonly overview = inject(CotisationsStore).overview;
  protected readonly formatEuros = formatEuros;
  protected readonly formatDateTime = formatDateTime;
}
