import { Notice } from '@portail/portal-ui';
import { missingRightMessage } from '../missing-right';
import { injectCurrentRights } from '@portail/portal-identity';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { CotisationsStore } from '../cotisations-store';
import { CardPaymentForm } from './card-payment-form';
import { payableInstalments } from './payable-instalments';
import { SepaMandateSection } from './sepa-mandate-section';
import { TelepaymentForm } from './telepayment-form';

/**
 * « Paiements »: the FAQ's three means of payment. Card and télépaiement pay one instalment now;
 * the SEPA mandate (prélèvement automatique) pays every unpaid one at its due date.
 */
@Component({
  selector: 'pt-paiements-page',
  imports: [CardPaymentForm, TelepaymentForm, SepaMandateSection, Notice],
  templateUrl: './paiements-page.html',
  styleUrl: '../cotisations-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaiementsPage {
  protected readonly overview = inject(CotisationsStore).overview;
  protected readonly may = injectCurrentRights();
  protected readonly missingRight = missingRightMessage('paiement');

  /** `?echeance=` — the instalment whose « Payer » led here (bound by the router). */
  readonly echeance = input<string | null>();

  protected readonly payable = computed(() => payableInstalments(this.overview()?.instalments ?? []));
}
