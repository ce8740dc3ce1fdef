import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { LinkRefusal } from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { firstValueFrom } from 'rxjs';
import { IdentityApi } from '../../identity-api';
import { NewPasswordFields, createNewPasswordForm } from '../../password/new-password';
import { ResendValidationForm } from '../resend-validation/resend-validation-form';
import { SIGNUP_CAPTION, SIGNUP_STEPS } from '../signup-steps';
import { SignupStore } from '../signup-store';
import { describeApiError, fieldErrorsOf, httpStatusOf, linkRefusalOf, showServerError, injectHistoryState } from '@portail/portal-forms';

/**
 * Step 9: « la page de création du mot de passe ». The single-use token comes from step 8 through
 * the store or the history state, never through the address bar.
 */
@Component({
  selector: 'pt-password-page',
  imports: [ReactiveFormsModule, PageHeading, Notice, MatButton, RouterLink, NewPasswordFields, ResendValidationForm],
  templateUrl: './password-page.html',
  styleUrl: '../../identity-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordPage {
  private readonly api = inject(IdentityApi);
  private readonly store = inject(SignupStore);
  private readonly router = inject(Router);

  protected readonly caption = SIGNUP_CAPTION;
  protected readonly step = SIGNUP_STEPS.password.step;
  protected readonly token = this.store.validated()?.passwordToken ?? injectHistoryState('passwordToken');
  protected readonly email = this.store.validated()?.email ?? injectHistoryState('email') ?? '';
  protected readonly newPassword = createNewPasswordForm();
  protected readonly pending = signal(false);
  protected readonly refusal = signal<LinkRefusal | null>(null);
  protected readonly failure = signal<string | null>(null);

  protected async save(): Promise<void> {
    const { password } = this.newPassword.group.getRawValue();
    if (!this.token || !this.newPassword.ready() || this.pending()) {
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    try {
      await firstValueFrom(this.api.createPassword({ token: this.token, password }));
      this.store.passwordCreated();
      await this.router.navigateByUrl(SIGNUP_STEPS.passwordSaved.url, {
        replaceUrl: true,
        state: { email: this.email },
      });
    } catch (error) {
      const refusal = linkRefusalOf(error);
      if (refusal) {
        this.refusal.set(refusal);
      } else if (httpStatusOf(error) === 400) {
        const message = fieldErrorsOf(error)['password'] ?? describeApiError(error);
        showServerError(this.newPassword.group.controls.password, message);
        this.failure.set(message);
      } else {
        this.failure.set(describeApiError(error));
      }
    } finally {
      this.pending.set(false);
    }
  }
}
