import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { canStopMediation, MEDIATION_DOMAIN_LABELS } from '@portail/domain/complaints';
import { RequestState, confirmAction, describeApiError, httpStatusOf, injectHistoryState } from '@portail/portal-forms';
import { Notice, PageHeading, formatDateTime } from '@portail/portal-ui';
import { ComplaintsApi } from '../complaints-api';
import { COMPLAINTS_URL, MEDIATION_STEPS, MEDIATION_URL } from '../complaints-texts';
import { MediationTimeline } from '../mediation-timeline/mediation-timeline';
import { StatusChip } from '../status-chip/status-chip';

/**
 * One mediation request, as its requester follows it: reference, status, the steps with their
 * dates and the médiateur's texts, and « Arrêter la médiation » while it is not over.
 */
@Component({
  selector: 'pt-mediation-detail-page',
  imports: [PageHeading, Notice, MatButton, RouterLink, StatusChip, MediationTimeline],
  templateUrl: './mediation-detail-page.html',
  styleUrl: '../_complaints-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediationDetailPage {
  /** The route's `:mediationId`. */
  readonly mediationId = input.required<string>();

  private readonly api = inject(ComplaintsApi);
  private readonly dialog = inject(MatDialog);
  private readonly stopRequest = new RequestState();
  /** Set by « Envoyer la demande de médiation ». */
  protected readonly justFiled = injectHistoryState('filed') !== null;

  protected readonly mediationUrl = MEDIATION_URL;
  protected readonly complaintsUrl = COMPLAINTS_URL;
  protected readonly domainLabels = MEDIATION_DOMAIN_LABELS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly canStop = canStopMediation;

  protected readonly mediation = rxResource({ params: () => this.mediationId(), stream: ({ params }) => this.api.getMediation(params) });
  protected readonly loadFailure = computed(() => {
    const error = this.mediation.error();
    return error ? describeApiError(error) : null;
  });
  protected readonly heading = computed(() =>
    this.mediation.hasValue() ? `Demande de médiation ${this.mediation.value().reference}` : 'Demande de médiation',
  );
  protected readonly stopping = this.stopRequest.pending;
  protected readonly stopFailure = this.stopRequest.failure;
  protected readonly stopped = signal(false);

  protected async stop(): Promise<void> {
    if (this.stopping()) return;
    const confirmed = await confirmAction(this.dialog, {
      title: 'Arrêter la médiation ?',
      paragraphs: [MEDIATION_STEPS[4], 'Le médiateur ne donnera pas suite à votre demande : vous ne pourrez pas la reprendre.'],
      confirmLabel: 'Arrêter la médiation',
    });
    if (!confirmed) return;
    const outcome = await this.stopRequest.run(this.api.stopMediation(this.mediationId()));
    if (outcome.ok) {
      this.mediation.set(outcome.value);
      this.stopped.set(true);
      return;
    }
    this.stopFailure.set(describeApiError(outcome.error));
    // 409: the médiateur moved it on meanwhile; show where it stands now.
    if (httpStatusOf(outcome.error) === 409) this.mediation.reload();
  }
}
