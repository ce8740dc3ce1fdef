import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type BackofficeComplaint, COMPLAINT_BODY_MAX } from '@portail/domain/complaints';
import {
  RequestState,
  describeApiError,
  errorMessageOf,
  fieldErrorsOf,
  formFieldDefaults,
  httpStatusOf,
  requiredValue,
  showServerError,
} from '@portail/portal-forms';
import { Notice } from '@portail/portal-ui';
import { ComplaintsApi } from '../complaints-api';

/** What the page learns once an answer is sent: the answered réclamation, or that a colleague was first (409). */
export type AnswerOutcome = { kind: 'answered'; complaint: BackofficeComplaint } | { kind: 'already-answered'; message: string };

/** « Répondre » to one réclamation on behalf of its organism: the filer receives the text by e-mail. */
@Component({
  selector: 'pt-complaint-answer-form',
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
      <mat-label>Réponse à la réclamation</mat-label>
      <textarea #answerField matInput [formControl]="answer" rows="4" [attr.maxlength]="maxLength" required></textarea>
      <mat-hint>Transmise au déposant par courriel</mat-hint>
      <mat-error>{{ message() }}</mat-error>
    </mat-form-field>
    <button matButton="filled" type="button" [attr.aria-describedby]="describedBy()" [disabled]="pending()" (click)="send()">
      Répondre
    </button>
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
  `,
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComplaintAnswerForm {
  private readonly api = inject(ComplaintsApi);
  private readonly answerField = viewChild.required<ElementRef<HTMLTextAreaElement>>('answerField');
  private readonly request = new RequestState();

  readonly complaint = input.required<BackofficeComplaint>();
  /** The id of the réclamation's title: the button says which réclamation it answers. */
  readonly describedBy = input.required<string>();
  readonly answered = output<AnswerOutcome>();

  protected readonly maxLength = COMPLAINT_BODY_MAX;
  protected readonly answer = new FormControl('', { nonNullable: true, validators: requiredValue('La réponse est obligatoire.') });
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  private readonly sent = signal(false);

  protected message(): string | null {
    return errorMessageOf(this.answer);
  }

  protected async send(): Promise<void> {
    if (this.answer.invalid) {
      this.answer.markAsTouched();
      this.answerField().nativeElement.focus();
      return;
    }
    if (this.pending() || this.sent()) return;
    const outcome = await this.request.run(this.api.answerComplaint(this.complaint().id, this.answer.value.trim()));
    if (outcome.ok) {
      this.sent.set(true);
      this.answered.emit({ kind: 'answered', complaint: outcome.value });
    } else if (httpStatusOf(outcome.error) === 409) {
      this.answered.emit({ kind: 'already-answered', message: describeApiError(outcome.error) });
    } else if (httpStatusOf(outcome.error) === 400 && fieldErrorsOf(outcome.error)['body']) {
      showServerError(this.answer, fieldErrorsOf(outcome.error)['body']);
      this.answerField().nativeElement.focus();
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
