import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { COMPLAINT_TOPIC_LABELS, complaintRecipient } from '@portail/domain/complaints';
import { describeApiError, injectHistoryState } from '@portail/portal-forms';
import { Notice, PageHeading, formatDateTime } from '@portail/portal-ui';
import { ComplaintsApi } from '../complaints-api';
import { COMPLAINTS_URL, FILE_MEDIATION_URL } from '../complaints-texts';
import { StatusChip } from '../status-chip/status-chip';

/**
 * One réclamation: right after it is sent, its « accusé de réception » (reference, date, the body it
 * went to, status); later, the answer, and the way to the médiateur should it not satisfy.
 */
@Component({
  selector: 'pt-complaint-page',
  imports: [PageHeading, Notice, MatButton, RouterLink, StatusChip],
  templateUrl: './complaint-page.html',
  styleUrl: '../_complaints-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComplaintPage {
  /** The route's `:complaintId`. */
  readonly complaintId = input.required<string>();

  private readonly api = inject(ComplaintsApi);
  /** Set by « Envoyer la réclamation »: the page opens on the confirmation. */
  protected readonly justFiled = injectHistoryState('filed') !== null;

  protected readonly complaintsUrl = COMPLAINTS_URL;
  protected readonly fileMediationUrl = FILE_MEDIATION_URL;
  protected readonly topicLabels = COMPLAINT_TOPIC_LABELS;
  protected readonly recipientOf = complaintRecipient;
  protected readonly formatDateTime = formatDateTime;
  protected readonly capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

  protected readonly complaint = rxResource({ params: () => this.complaintId(), stream: ({ params }) => this.api.getComplaint(params) });
  protected readonly failure = computed(() => {
    const error = this.complaint.error();
    return error ? describeApiError(error) : null;
  });
  protected readonly heading = computed(() => (this.complaint.hasValue() ? `Réclamation ${this.complaint.value().reference}` : 'Réclamation'));
}
