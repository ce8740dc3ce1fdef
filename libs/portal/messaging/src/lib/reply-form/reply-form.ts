import { ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MESSAGE_BODY_MAX_LENGTH } from '@portail/domain';
import {
  RequestState,
  describeApiError,
  errorMessageOf,
  fieldErrorsOf,
  formFieldDefaults,
  requiredValue,
  showServerError,
} from '@portail/portal-forms';
import { Notice } from '@portail/portal-ui';
import type { Observable } from 'rxjs';

export const BODY_REQUIRED = 'Écrivez votre message.';
export const BODY_HINT = '5 000 caractères au plus.';

/**
 * « Répondre » under a conversation, for the space and for the Conseiller alike. The page says how
 * to send (`send`, which also takes the API's answer) and announces the outcome on `sent`.
 */
@Component({
  selector: 'pt-reply-form',
  imports: [ReactiveFormsModule, Notice, MatFormField, MatLabel, MatInput, MatHint, MatError, MatButton],
  template: `
    <section aria-labelledby="repondre-titre">
      <h2 id="repondre-titre">Répondre</h2>
      <div role="alert">
        @if (failure(); as failure) {
          <pt-notice kind="error">
            <p>{{ failure }}</p>
          </pt-notice>
        }
      </div>
      <form novalidate [formGroup]="form" (ngSubmit)="submit()">
        <mat-form-field>
          <mat-label>Message</mat-label>
          <textarea #bodyField matInput formControlName="body" rows="6" [attr.maxlength]="maxLength" required></textarea>
          <mat-hint>{{ hint }}</mat-hint>
          <mat-error>{{ message() }}</mat-error>
        </mat-form-field>
        <div class="actions">
          <button matButton="filled" type="submit" [disabled]="pending()">Envoyer</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 48rem;
    }
    h2 {
      margin: 0 0 1rem;
      font-size: 1.375rem;
    }
    pt-notice {
      margin-bottom: 1rem;
    }
    mat-form-field {
      width: 100%;
    }
    .actions {
      margin-top: 0.75rem;
    }
  `,
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReplyForm {
  /** Sends the trimmed text; the page keeps what the API answers (e.g. with `tap`). */
  readonly send = input.required<(body: string) => Observable<unknown>>();
  readonly sent = output<void>();

  private readonly bodyField = viewChild.required<ElementRef<HTMLTextAreaElement>>('bodyField');
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly request = new RequestState();

  protected readonly maxLength = MESSAGE_BODY_MAX_LENGTH;
  protected readonly hint = BODY_HINT;
  protected readonly body = new FormControl('', { nonNullable: true, validators: requiredValue(BODY_REQUIRED) });
  protected readonly form = new FormGroup({ body: this.body });
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;

  protected message(): string | null {
    return errorMessageOf(this.body);
  }

  protected async submit(): Promise<void> {
    if (this.pending()) {
      return;
    }
    if (this.body.invalid) {
      this.body.markAsTouched();
      this.bodyField().nativeElement.focus();
      return;
    }
    const outcome = await this.request.run(this.send()(this.body.value.trim()));
    if (outcome.ok) {
      // Also forgets the submit: the emptied field must not show as an error.
      this.formDirective().resetForm();
      this.sent.emit();
      return;
    }
    const fieldError = fieldErrorsOf(outcome.error)['body'];
    if (fieldError) {
      showServerError(this.body, fieldError);
      this.bodyField().nativeElement.focus();
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
