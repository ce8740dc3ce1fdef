import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { PASSWORD_REQUIRED_MESSAGE, classifyLoginIdentifier } from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { PasswordField } from '../password/password-field';
import { landingUrlAfterLogin } from '../session/landing';
import { SessionStore } from '../session/session-store';
import { describeApiError, domainValidator, errorMessageOf, requiredValue, injectFocusFirstInvalid, formFieldDefaults } from '@portail/portal-forms';

/**
 * « Se connecter ». The identifier is classified before anything is sent, so that the classic
 * mistakes — the NIR typed with its key, the old 8-digit identifier — are explained at once.
 */
@Component({
  selector: 'pt-login-page',
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
    PasswordField,
  ],
  templateUrl: './login-page.html',
  styleUrls: ['../identity-page.scss', './login-page.scss'],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  /** The page that asked for a login (`?retour=`), from requireSession. */
  readonly retour = input<string | undefined>();

  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();

  protected readonly form = new FormGroup({
    identifier: new FormControl('', { nonNullable: true, validators: domainValidator(classifyLoginIdentifier) }),
    password: new FormControl('', { nonNullable: true, validators: requiredValue(PASSWORD_REQUIRED_MESSAGE) }),
  });
  protected readonly identifierHint =
    'Adresse courriel ou SIRET ; pour un travailleur indépendant, numéro de sécurité sociale sans la clé (13 caractères)';
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected identifierMessage(): string | null {
    return errorMessageOf(this.form.controls.identifier);
  }

  protected async login(): Promise<void> {
    const classification = classifyLoginIdentifier(this.form.controls.identifier.value);
    if (this.form.invalid || !classification.valid || this.pending()) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    try {
      const session = await this.store.login({
        identifier: classification.value,
        password: this.form.controls.password.value,
      });
      await this.router.navigateByUrl(landingUrlAfterLogin(session, this.retour() ?? null));
    } catch (error) {
      this.failure.set(describeApiError(error));
    } finally {
      this.pending.set(false);
    }
  }
}
