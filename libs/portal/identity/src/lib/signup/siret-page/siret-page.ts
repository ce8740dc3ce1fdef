import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { validateSiret } from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { firstValueFrom } from 'rxjs';
import { IdentityApi } from '../../identity-api';
import { SIGNUP_CAPTION, SIGNUP_STEPS } from '../signup-steps';
import { SignupStore } from '../signup-store';
import { describeApiError, fieldErrorsOf, httpStatusOf, LiveErrorStateMatcher, domainValidator, errorMessageOf, showServerError, injectFocusFirstInvalid, formFieldDefaults } from '@portail/portal-forms';

/** Still being typed: digits (and spaces) only, fewer than 14. Its error waits for the blur. */
function isCompleteSiret(value: string): boolean {
  return !/^\d{0,13}$/.test(value.replace(/\s+/g, ''));
}

/**
 * Step 4, « demande d'adhésion aux services en ligne »: the SIRET, checked by its rule as it is
 * typed, then by the API on « Suivant » (already registered: 409).
 */
@Component({
  selector: 'pt-siret-page',
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
  ],
  templateUrl: './siret-page.html',
  styleUrl: '../../identity-page.scss',
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiretPage {
  private readonly api = inject(IdentityApi);
  private readonly store = inject(SignupStore);
  private readonly router = inject(Router);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();

  protected readonly caption = SIGNUP_CAPTION;
  protected readonly step = SIGNUP_STEPS.siret.step;
  protected readonly steps = SIGNUP_STEPS;
  protected readonly liveErrors = new LiveErrorStateMatcher(isCompleteSiret);
  protected readonly form = new FormGroup({
    siret: new FormControl(this.store.draft().siret, {
      nonNullable: true,
      validators: domainValidator(validateSiret),
    }),
  });
  protected readonly pending = signal(false);
  /** The SIRET already has a space: offer to sign in instead. */
  protected readonly alreadyRegistered = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    // Sent back here by the API's refusal of the whole signup (409 on the SIRET). After the first
    // render: binding the field to the form runs its validators again, which would wipe it.
    const refused = this.store.serverErrors().siret;
    if (refused) {
      afterNextRender(() => {
        showServerError(this.form.controls.siret, refused);
        this.alreadyRegistered.set(true);
      });
    }
    this.form.controls.siret.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.alreadyRegistered.set(false);
      this.store.clearServerError('siret');
    });
  }

  protected message(): string | null {
    return errorMessageOf(this.form.controls.siret);
  }

  protected async next(): Promise<void> {
    const control = this.form.controls.siret;
    const validation = validateSiret(control.value);
    if (!validation.valid || this.pending()) {
      control.markAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    try {
      const { siret } = await firstValueFrom(this.api.checkSiret({ siret: validation.value }));
      this.store.update({ siret });
      await this.router.navigateByUrl(SIGNUP_STEPS.account.url);
    } catch (error) {
      const status = httpStatusOf(error);
      if (status === 400 || status === 409) {
        showServerError(control, fieldErrorsOf(error)['siret'] ?? describeApiError(error));
        this.alreadyRegistered.set(status === 409);
        this.focusFirstInvalid();
      } else {
        this.failure.set(describeApiError(error));
      }
    } finally {
      this.pending.set(false);
    }
  }
}
