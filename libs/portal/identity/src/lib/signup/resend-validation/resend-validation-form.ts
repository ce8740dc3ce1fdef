import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { validateEmail } from '@portail/domain';
import { IdentityApi } from '../../identity-api';
import { SandboxMailboxHint } from '../../sandbox-mailbox-hint/sandbox-mailbox-hint';
import { describeApiError, domainValidator, errorMessageOf, injectFocusFirstInvalid, RequestState, formFieldDefaults } from '@portail/portal-forms';

/** « Renvoyer le courriel de validation » when the link no longer works: asks the address. */
@Component({
  selector: 'pt-resend-validation-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatButton, SandboxMailboxHint],
  template: `
    <form class="resend" novalidate [formGroup]="form" (ngSubmit)="resend()">
      <h2>Recevoir un nouveau lien</h2>
      <mat-form-field>
        <mat-label>Adresse courriel</mat-label>
        <input matInput type="email" formControlName="email" autocomplete="email" spellcheck="false" required />
        <mat-error>{{ message() }}</mat-error>
      </mat-form-field>
      <div>
        <button matButton="filled" type="submit" [disabled]="pending()">Renvoyer le courriel de validation</button>
      </div>
    </form>
    <div role="status">
      @if (sentTo(); as email) {
        <p class="resend__done">
          Si l'adresse {{ email }} attend sa validation, un nouveau courriel de validation vient de lui être envoyé.
        </p>
      }
    </div>
    <div role="alert">
      @if (failure(); as failure) {
        <p class="resend__failure">{{ failure }}</p>
      }
    </div>
    @if (sentTo(); as email) {
      <pt-sandbox-mailbox-hint [recipient]="email" />
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 2rem;
    }
    h2 {
      margin: 0 0 1rem;
      font-size: 1.25rem;
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 0.75rem;
    }
    .resend__done {
      margin: 1rem 0 0;
      line-height: 1.6;
    }
    .resend__failure {
      margin: 1rem 0 0;
      color: var(--pt-error);
    }
  `,
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResendValidationForm implements OnInit {
  /** The address, when known (e.g. from the password page). */
  readonly email = input('');

  private readonly api = inject(IdentityApi);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: domainValidator(validateEmail) }),
  });
  private readonly request = new RequestState();
  protected readonly pending = this.request.pending;
  protected readonly sentTo = signal<string | null>(null);
  protected readonly failure = this.request.failure;

  ngOnInit(): void {
    this.form.controls.email.setValue(this.email());
  }

  protected message(): string | null {
    return errorMessageOf(this.form.controls.email);
  }

  protected async resend(): Promise<void> {
    const validation = validateEmail(this.form.controls.email.value);
    if (!validation.valid || this.pending()) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.sentTo.set(null);
    const outcome = await this.request.run(this.api.resendValidation({ email: validation.value }));
    if (outcome.ok) {
      this.sentTo.set(validation.value);
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
