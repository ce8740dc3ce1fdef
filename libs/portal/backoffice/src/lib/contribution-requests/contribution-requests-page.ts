import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  CONTRIBUTION_REQUEST_LABELS,
  CONTRIBUTION_REQUEST_STATUS_LABELS,
  type PendingContributionRequest,
} from '@portail/domain';
import { BackofficeNav } from '@portail/portal-ui/backoffice';
import { Notice, PageHeading, formatDateTime } from '@portail/portal-ui';
import { BackofficeApi } from '../backoffice-api';
import { ContributionRequestDecisionForm, type DecisionOutcome } from './contribution-request-decision';
import { describeApiError } from '@portail/portal-forms';

/**
 * « Demandes de délai et de recalcul »: what the travailleurs indépendants and their tiers filed
 * from « Mes cotisations ». The conseiller accepts or refuses each pending one with a comment; the
 * list is read again after each decision (a colleague may have decided others meanwhile).
 */
@Component({
  selector: 'pt-contribution-requests-page',
  imports: [BackofficeNav, PageHeading, Notice, MatButton, ContributionRequestDecisionForm],
  templateUrl: './contribution-requests-page.html',
  styleUrl: './contribution-requests-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContributionRequestsPage {
  private readonly api = inject(BackofficeApi);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly kindLabels = CONTRIBUTION_REQUEST_LABELS;
  protected readonly statusLabels = CONTRIBUTION_REQUEST_STATUS_LABELS;
  protected readonly formatDateTime = formatDateTime;

  protected readonly requests = rxResource({ stream: () => this.api.getContributionRequests() });
  private readonly all = computed(() => (this.requests.hasValue() ? this.requests.value() : []));
  protected readonly pending = computed(() => this.all().filter((request) => request.status === 'en-cours'));
  protected readonly decided = computed(() => this.all().filter((request) => request.status !== 'en-cours'));
  protected readonly loadError = computed(() => {
    const error = this.requests.error();
    return error ? describeApiError(error) : null;
  });

  protected refresh(): void {
    this.requests.reload();
  }

  protected onDecided(request: PendingContributionRequest, outcome: DecisionOutcome): void {
    const message =
      outcome.kind === 'decided'
        ? `La ${this.kindLabels[request.kind].toLowerCase()} de ${request.contributorName} est ${this.statusLabels[outcome.request.status].toLowerCase()}. Le déclarant en est informé par courriel.`
        : outcome.message;
    this.snackBar.open(message, 'OK', { duration: 8000 });
    this.requests.reload();
  }
}
