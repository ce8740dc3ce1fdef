import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { OutboundMessageDetail } from '@portail/domain';
import { formatDateTime } from '@portail/portal-ui';
import { placeAndDate, securityCodeOf, splitSignature } from './letter-parts';
import { toParagraphs } from './paragraphs';

/**
 * One simulated letter, laid out as a French administrative letter: the sender top left, the
 * addressee in the window on the right, place and date, « Objet », body, signature. Printed, the
 * page is the letter alone (the global print styles hide the shell; `no-print` the rest).
 */
@Component({
  selector: 'pt-letter-view',
  imports: [MatButton],
  templateUrl: './letter-view.html',
  styleUrl: './letter-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LetterView {
  readonly message = input.required<OutboundMessageDetail>();

  private readonly document = inject(DOCUMENT);

  protected readonly sentAt = computed(() => formatDateTime(this.message().createdAt));
  protected readonly placeAndDate = computed(() => placeAndDate(this.message().createdAt));
  protected readonly postalAddress = computed(() => this.message().postalAddress ?? [this.message().recipient]);
  private readonly parts = computed(() => splitSignature(toParagraphs(this.message().body)));
  protected readonly paragraphs = computed(() =>
    this.parts().body.map((text) => ({ text, securityCode: securityCodeOf(text) })),
  );
  protected readonly signature = computed(() => this.parts().signature);

  protected printLetter(): void {
    this.document.defaultView?.print();
  }
}
