import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { complaintRecipient, MEDIATION_DOMAIN_LABELS, MEDIATION_STATUS_LABELS, mediatorNextSteps } from '@portail/domain/complaints';
import { describeApiError } from '@portail/portal-forms';
import { BackofficeNav } from '@portail/portal-ui/backoffice';
import { Notice, PageHeading, formatDateTime } from '@portail/portal-ui';
import { ComplaintsApi } from '../complaints-api';
import { BACKOFFICE_MEDIATIONS_URL } from '../complaints-texts';
import { MediationTimeline } from '../mediation-timeline/mediation-timeline';
import { StatusChip } from '../status-chip/status-chip';
import { MediationStepForm, type StepOutcome } from './mediation-step-form';

/**
 * One request to the médiateur: who asks, the réclamation it relies on, the exposé, the steps so
 * far, and only the actions its current step allows.
 */
@Component({
  selector: 'pt-backoffice-mediation-page',
  imports: [BackofficeNav, PageHeading, Notice, MatButton, RouterLink, StatusChip, MediationTimeline, MediationStepForm],
  templateUrl: './backoffice-mediation-page.html',
  styleUrl: './backoffice-mediation-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BackofficeMediationPage {
  /** The route's `:mediationId`. */
  readonly mediationId = input.required<string>();

  private readonly api = inject(ComplaintsApi);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly listUrl = BACKOFFICE_MEDIATIONS_URL;
  protected readonly domainLabels = MEDIATION_DOMAIN_LABELS;
  protected readonly recipientOf = complaintRecipient;
  protected readonly formatDateTime = formatDateTime;

  protected readonly mediation = rxResource({
    params: () => this.mediationId(),
    stream: ({ params }) => this.api.getBackofficeMediation(params),
  });
  protected readonly loadError = computed(() => {
    const error = this.mediation.error();
    return error ? describeApiError(error) : null;
  });
  protected readonly heading = computed(() => (this.mediation.hasValue() ? `Médiation ${this.mediation.value().reference}` : 'Médiation'));
  protected readonly nextSteps = computed(() => (this.mediation.hasValue() ? mediatorNextSteps(this.mediation.value().status) : []));

  protected onMoved(outcome: StepOutcome): void {
    if (outcome.kind === 'moved') {
      this.mediation.set(outcome.mediation);
      this.snackBar.open(
        `Médiation ${outcome.mediation.reference} : « ${MEDIATION_STATUS_LABELS[outcome.mediation.status]} ». Le demandeur en est informé par courriel.`,
        'OK',
        { duration: 8000 },
      );
    } else {
      this.snackBar.open(outcome.message, 'OK', { duration: 8000 });
      this.mediation.reload();
    }
  }
}
