import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { ContributionRequest, ContributionRequestDecision, PendingContributionRequest } from '@portail/domain';
import { Notice } from '@portail/portal-ui';
import { BackofficeApi } from '../backoffice-api';
import { RequestState, describeApiError, errorMessageOf, fieldErrorsOf, formFieldDefaults, httpStatusOf, requiredValue, showServerError } from '@portail/portal-forms';

export const MAX_COMMENT_LENGTH = 1000;

/** What the page learns once a decision is sent: the decided request, or that a colleague was first (409). */
export type DecisionOutcome =
  { kind: 'decided'; request: ContributionRequest } | { kind: 'already-decided'; message: string };

/**
 * « Accepter » / « Refuser » one pending request, with the comment the filer will read (required:
 * a refusal, as an acceptance, says why).
 */
@Component({
  selector: 'pt-contribution-request-decision',
  imports: [ReactiveFormsModule, Notice, MatFormField, MatLabel, MatInput, MatHint, MatError, MatButton],
  template: `
    <div role="alert">
      @if (failure(); as failure) {
        <pt-notice kind="error">
          <p>{{ failure }}</p>
        </pt-notice>
      }
    </div>
    <mat-form-field>
      <mat-label>Motif de la décision</mat-label>
      <textarea
        #commentField
        matInput
        [formControl]="comment"
        rows="3"
        [attr.maxlength]="maxCommentLength"
        required
      ></textarea>
      <mat-hint>Transmis au déclarant avec la décision</mat-hint>
      <mat-error>{{ message() }}</mat-error>
    </mat-form-field>
    <div class="actions">
      <button
        matButton="filled"
        type="button"
        [attr.aria-describedby]="describedBy()"
        [disabled]="pending()"
        (click)="decide('acceptee')"
      >
        Accepter
      </button>
      <button
        matButton="outlined"
        type="button"
        [attr.aria-describedby]="describedBy()"
        [disabled]="pending()"
        (click)="decide('refusee')"
      >
        Refuser
      </button>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    pt-notice {
      margin-bottom: 1rem;
    }
    mat-form-field {
      width: 100%;
      max-width: 40rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-top: 0.5rem;
    }
  `,
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContributionRequestDecisionForm {
  private readonly api = inject(BackofficeApi);
  private readonly commentField = viewChild.required<ElementRef<HTMLTextAreaElement>>('commentField');
  private readonly request = new RequestState();

  readonly contributionRequest = input.required<PendingContributionRequest>();
  /** The id of the request's title: the buttons say which request they decide. */
  readonly describedBy = input.required<string>();
  readonly decided = output<DecisionOutcome>();

  protected readonly maxCommentLength = MAX_COMMENT_LENGTH;
  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: requiredValue('Le motif de la décision est obligatoire.'),
  });
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  private readonly sent = signal(false);

  protected message(): string | null {
    return errorMessageOf(this.comment);
  }

  protected async decide(decision: ContributionRequestDecision['decision']): Promise<void> {
    if (this.comment.invalid) {
      this.comment.markAsTouched();
      this.commentField().nativeElement.focus();
      return;
    }
    if (this.pending() || this.sent()) {
      return;
    }
    const outcome = await this.request.run(
      this.api.decide(this.contributionRequest().id, { decision, comment: this.comment.value.trim() }),
    );
    if (outcome.ok) {
      this.sent.set(true);
      this.decided.emit({ kind: 'decided', request: outcome.value });
    } else if (httpStatusOf(outcome.error) === 409) {
      this.decided.emit({ kind: 'already-decided', message: describeApiError(outcome.error) });
    } else if (httpStatusOf(outcome.error) === 400 && fieldErrorsOf(outcome.error)['comment']) {
      showServerError(this.comment, fieldErrorsOf(outcome.error)['comment']);
      this.commentField().nativeElement.focus();
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
