import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { complaintRecipient, COMPLAINT_TOPIC_LABELS } from '@portail/domain/complaints';
import { describeApiError } from '@portail/portal-forms';
import { BackofficeNav } from '@portail/portal-ui/backoffice';
import { Notice, PageHeading, formatDateTime } from '@portail/portal-ui';
import { ComplaintsApi } from '../complaints-api';
import { StatusChip } from '../status-chip/status-chip';
import { type AnswerOutcome, ComplaintAnswerForm } from './complaint-answer-form';

/**
 * « Réclamations »: what the spaces asked their Urssaf, Cpam or Carsat. The Conseiller answers each
 * one on behalf of its organism; the list is read again after each answer.
 */
@Component({
  selector: 'pt-backoffice-complaints-page',
  imports: [BackofficeNav, PageHeading, Notice, MatButton, StatusChip, ComplaintAnswerForm],
  templateUrl: './backoffice-complaints-page.html',
  styleUrl: '../_backoffice-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BackofficeComplaintsPage {
  private readonly api = inject(ComplaintsApi);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly recipientOf = complaintRecipient;
  protected readonly topicLabels = COMPLAINT_TOPIC_LABELS;
  protected readonly formatDateTime = formatDateTime;

  protected readonly complaints = rxResource({ stream: () => this.api.getComplaintQueue() });
  private readonly all = computed(() => (this.complaints.hasValue() ? this.complaints.value() : []));
  protected readonly unanswered = computed(() => this.all().filter((complaint) => complaint.answer === null));
  protected readonly answered = computed(() => this.all().filter((complaint) => complaint.answer !== null));
  protected readonly loadError = computed(() => {
    const error = this.complaints.error();
    return error ? describeApiError(error) : null;
  });

  protected refresh(): void {
    this.complaints.reload();
  }

  protected onAnswered(outcome: AnswerOutcome): void {
    const message =
      outcome.kind === 'answered'
        ? `La réponse à la réclamation ${outcome.complaint.reference} est enregistrée. Le déposant en est informé par courriel.`
        : outcome.message;
    this.snackBar.open(message, 'OK', { duration: 8000 });
    this.complaints.reload();
  }
}
