import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type FirmAccount, normalizeEmail, validateEmail } from '@portail/domain';
import {
  RequestState,
  describeApiError,
  domainValidator,
  errorMessageOf,
  fieldErrorsOf,
  formFieldDefaults,
  httpStatusOf,
  showServerError,
} from '@portail/portal-forms';
import { SandboxMailboxHint } from '@portail/portal-identity/fields';
import { Notice } from '@portail/portal-ui';
import { isUnreachableInvitation } from '../account-status/account-status';
import { AccountsApi } from '../accounts-api';

/**
 * An invitation whose e-mail bounced (« adresse injoignable »): the administrator corrects the
 * address, and the API sends a new activation link to it at once.
 */
@Component({
  selector: 'pt-correct-email',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatButton, Notice, SandboxMailboxHint],
  template: `
    <!-- Nothing at all for an address that never bounced; the live regions stay while it is corrected. -->
    @if (unreachable() || corrected()) {
      @if (unreachable()) {
        <pt-notice kind="warning" heading="Adresse injoignable">
          <p>
            Le courriel d’activation n’a pas pu être distribué à {{ account().email }} : l’adresse est injoignable.
          </p>
        </pt-notice>
        <form class="correct-email" novalidate aria-labelledby="corriger-titre" [formGroup]="form" (ngSubmit)="correct()">
          <h3 id="corriger-titre">Corriger l’adresse</h3>
          <mat-form-field>
            <mat-label>Adresse courriel</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="off" spellcheck="false" required />
            <mat-error>{{ emailError() }}</mat-error>
          </mat-form-field>
          <button matButton="filled" type="submit" [disabled]="pending()">Corriger l’adresse</button>
        </form>
      }
      <div role="status">
        @if (corrected(); as sentTo) {
          <pt-notice kind="success">
            <p>Un nouveau lien d’activation a été envoyé à {{ sentTo }}.</p>
          </pt-notice>
          <pt-sandbox-mailbox-hint [recipient]="sentTo" />
        }
      </div>
      <div role="alert">
        @if (failure(); as failure) {
          <pt-notice kind="error"><p>{{ failure }}</p></pt-notice>
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .correct-email {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      margin-top: 1rem;
    }
    h3 {
      margin: 0 0 0.75rem;
      font-size: 1.125rem;
    }
    mat-form-field {
      width: 100%;
    }
    pt-notice {
      margin-top: 1rem;
    }
  `,
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CorrectEmail {
  readonly account = input.required<FirmAccount>();
  readonly corrections = output<FirmAccount>();

  private readonly api = inject(AccountsApi);
  private readonly request = new RequestState();

  protected readonly email = new FormControl('', { nonNullable: true, validators: domainValidator(validateEmail) });
  protected readonly form = new FormGroup({ email: this.email });
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  /** The address the new link went to. */
  protected readonly corrected = signal<string | null>(null);
  protected readonly unreachable = computed(() => isUnreachableInvitation(this.account()));

  constructor() {
    // The bounced address, to correct in place (a typo, most of the time).
    effect(() => {
      const email = this.account().email;
      untracked(() => this.email.reset(email));
    });
  }

  protected emailError(): string | null {
    return errorMessageOf(this.email);
  }

  protected async correct(): Promise<void> {
    if (this.pending()) {
      return;
    }
    if (this.email.invalid) {
      this.email.markAsTouched();
      return;
    }
    this.corrected.set(null);
    const account = this.account();
    const outcome = await this.request.run(
      this.api.correctEmail(account.personId, { email: normalizeEmail(this.email.value) }),
    );
    if (outcome.ok) {
      this.corrected.set(outcome.value.email);
      this.corrections.emit(outcome.value);
      return;
    }
    // 400 or 409 (address already used): under the field; anything else above.
    const fieldMessage = fieldErrorsOf(outcome.error)['email'];
    const status = httpStatusOf(outcome.error);
    if (fieldMessage || status === 400 || status === 409) {
      showServerError(this.email, fieldMessage ?? describeApiError(outcome.error));
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
