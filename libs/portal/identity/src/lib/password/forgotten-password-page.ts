import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { validateEmail } from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { IdentityApi } from '../identity-api';
import { SandboxMailboxHint } from '../sandbox-mailbox-hint/sandbox-mailbox-hint';
import { describeApiError, domainValidator, errorMessageOf, injectFocusFirstInvalid, RequestState, formFieldDefaults } from '@portail/portal-forms';

/** « Mot de passe oublié ? »: the answer never tells whether the address has an account. */
@Component({
  selector: 'pt-forgotten-password-page',
  imports: [
    ReactiveFormsModule,
    PageHeading,
    Notice,
    MatFormField,
    MatLabel,
    MatInput,
    MatHint,
    MatError,
    MatButton,
    RouterLink,
    SandboxMailboxHint,
  ],
  template: `
    <div class="page">
      <div class="page__body">
        <pt-page-heading heading="Mot de passe oublié" />
        @if (sentTo(); as email) {
          <pt-notice kind="success" role="status">
            <p>Si un compte correspond à cette adresse, un courriel vous a été envoyé.</p>
          </pt-notice>
          <p>Cliquez sur le lien qu'il contient pour choisir un nouveau mot de passe.</p>
          <p><a routerLink="/connexion">Retour à la connexion</a></p>
          <pt-sandbox-mailbox-hint [recipient]="email" />
        } @else {
          <p class="lead">
            Saisissez l'adresse courriel de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.
          </p>
          <div role="alert">
            @if (failure(); as failure) {
              <pt-notice kind="error"
                ><p>{{ failure }}</p></pt-notice
              >
            }
          </div>
          <form class="form" novalidate [formGroup]="form" (ngSubmit)="send()">
            <mat-form-field>
              <mat-label>Adresse courriel</mat-label>
              <input matInput type="email" formControlName="email" autocomplete="email" spellcheck="false" required />
              <mat-hint>Par exemple nom&#64;exemple.fr</mat-hint>
              <mat-error>{{ message() }}</mat-error>
            </mat-form-field>
            <div class="actions">
              <a matButton="outlined" routerLink="/connexion">Retour à la connexion</a>
              <button class="actions__next" matButton="filled" type="submit" [disabled]="pending()">Envoyer</button>
            </div>
          </form>
        }
      </div>
    </div>
  `,
  styleUrl: '../identity-page.scss',
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgottenPasswordPage {
  private readonly api = inject(IdentityApi);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: domainValidator(validateEmail) }),
  });
  private readonly request = new RequestState();
  protected readonly pending = this.request.pending;
  protected readonly sentTo = signal<string | null>(null);
  protected readonly failure = this.request.failure;

  protected message(): string | null {
    return errorMessageOf(this.form.controls.email);
  }

  protected async send(): Promise<void> {
    const validation = validateEmail(this.form.controls.email.value);
    if (!validation.valid || this.pending()) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const outcome = await this.request.run(this.api.requestPasswordReset({ email: validation.value }));
    if (outcome.ok) {
      this.sentTo.set(validation.value);
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
