import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { LinkRefusal } from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { firstValueFrom } from 'rxjs';
import { IdentityApi } from '../../identity-api';
import { ResendValidationForm } from '../resend-validation/resend-validation-form';
import { SIGNUP_CAPTION, SIGNUP_STEPS } from '../signup-steps';
import { SignupStore } from '../signup-store';
import { describeApiError, linkRefusalOf } from '@portail/portal-forms';

/** A link without its token: the same as an unknown one. */
const MISSING_TOKEN: LinkRefusal = {
  statusCode: 410,
  message: "Ce lien de validation n'est pas valide. Vérifiez que vous avez copié le lien en entier.",
  reason: 'unknown',
};

/**
 * Step 8: the « Valider mon adresse courriel » link lands here. The token is checked at once;
 * then step 9 opens, with the password token kept out of the address bar.
 */
@Component({
  selector: 'pt-validation-page',
  imports: [PageHeading, Notice, RouterLink, ResendValidationForm],
  templateUrl: './validation-page.html',
  styleUrl: '../../identity-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ValidationPage implements OnInit {
  /** From the link's query parameter. */
  readonly token = input<string | undefined>();

  private readonly api = inject(IdentityApi);
  private readonly store = inject(SignupStore);
  private readonly router = inject(Router);

  protected readonly caption = SIGNUP_CAPTION;
  protected readonly step = SIGNUP_STEPS.validation.step;
  protected readonly refusal = signal<LinkRefusal | null>(null);
  protected readonly failure = signal<string | null>(null);

  ngOnInit(): void {
    void this.validate();
  }

  private async validate(): Promise<void> {
    const token = this.token();
    if (!token) {
      this.refusal.set(MISSING_TOKEN);
      return;
    }
    try {
      const validated = await firstValueFrom(this.api.validateEmail({ token }));
      this.store.emailValidated(validated);
      // Replaced: « Retour » must not replay a single-use link.
      await this.router.navigateByUrl(SIGNUP_STEPS.password.url, {
        replaceUrl: true,
        state: { passwordToken: validated.passwordToken, email: validated.email },
      });
    } catch (error) {
      const refusal = linkRefusalOf(error);
      if (refusal) {
        this.refusal.set(refusal);
      } else {
        this.failure.set(describeApiError(error));
      }
    }
  }
}
