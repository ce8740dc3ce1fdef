import { ChangeDetectionStrategy, Component, afterNextRender, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router } from '@angular/router';
import type { Civility } from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { firstValueFrom } from 'rxjs';
import { CivilityFieldset } from '../../civility/civility-fieldset';
import { IdentityApi } from '../../identity-api';
import { SIGNUP_CAPTION, SIGNUP_STEPS } from '../signup-steps';
import { SIGNUP_FIELD_STEPS, type SignupField, SignupStore } from '../signup-store';
import { attributeConflict } from './signup-conflict';
import {
  describeApiError,
  fieldErrorsOf,
  httpStatusOf,
  errorMessageOf,
  requiredValue,
  showServerError,
  injectFocusFirstInvalid,
  formFieldDefaults,
} from '@portail/portal-forms';

type PersonalField = 'civility' | 'lastName' | 'firstName' | 'companyName' | 'phone';

/**
 * Step 6: « Remplissez obligatoirement vos informations personnelles dans les champs suivis d'un
 * astérisque ». Its « Suivant » submits the whole signup (steps 4 to 6) to the API.
 */
@Component({
  selector: 'pt-personal-page',
  imports: [
    ReactiveFormsModule,
    PageHeading,
    Notice,
    CivilityFieldset,
    MatFormField,
    MatLabel,
    MatInput,
    MatHint,
    MatError,
    MatButton,
  ],
  templateUrl: './personal-page.html',
  styleUrl: '../../identity-page.scss',
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonalPage {
  private readonly api = inject(IdentityApi);
  private readonly store = inject(SignupStore);
  private readonly router = inject(Router);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();

  protected readonly caption = SIGNUP_CAPTION;
  protected readonly step = SIGNUP_STEPS.personal.step;
  protected readonly form = new FormGroup({
    civility: new FormControl<Civility | null>(this.store.draft().civility, {
      validators: requiredValue('Indiquez votre civilité.'),
    }),
    lastName: new FormControl(this.store.draft().lastName, {
      nonNullable: true,
      validators: requiredValue('Le nom est obligatoire.'),
    }),
    firstName: new FormControl(this.store.draft().firstName, {
      nonNullable: true,
      validators: requiredValue('Le prénom est obligatoire.'),
    }),
    companyName: new FormControl(this.store.draft().companyName, {
      nonNullable: true,
      validators: requiredValue('La raison sociale du cabinet est obligatoire.'),
    }),
    phone: new FormControl(this.store.draft().phone, { nonNullable: true }),
  });
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    // Sent back here by an API refusal of one of this screen's fields, once the fields are bound
    // to the form (binding runs the validators again).
    const refused = Object.entries(this.store.serverErrors()).filter(
      ([field]) => SIGNUP_FIELD_STEPS[field as SignupField] === 'personal',
    );
    if (refused.length > 0) {
      afterNextRender(() => {
        for (const [field, message] of refused) {
          showServerError(this.form.controls[field as PersonalField], message);
        }
        this.submitted.set(true);
      });
    }
  }

  protected message(name: PersonalField): string | null {
    return errorMessageOf(this.form.controls[name]);
  }

  protected async back(): Promise<void> {
    this.store.update(this.form.getRawValue());
    await this.router.navigateByUrl(SIGNUP_STEPS.account.url);
  }

  protected async next(): Promise<void> {
    this.submitted.set(true);
    if (this.form.invalid || this.pending()) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.store.update(this.form.getRawValue());
    const request = this.store.request();
    if (!request) {
      await this.router.navigateByUrl(SIGNUP_STEPS[this.store.firstIncompleteStep() ?? 'profile'].url);
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    try {
      const { email } = await firstValueFrom(this.api.signup(request));
      this.store.accepted(email);
      await this.router.navigateByUrl(SIGNUP_STEPS.sent.url, { state: { email } });
    } catch (error) {
      await this.refused(error);
    } finally {
      this.pending.set(false);
    }
  }

  /** 400/409: each sentence goes to its field, on this screen or on the one where it was typed. */
  private async refused(error: unknown): Promise<void> {
    const status = httpStatusOf(error);
    const fields = status === 409 ? attributeConflict(error) : fieldErrorsOf(error);
    const known = Object.fromEntries(
      Object.entries(fields).filter(([field]) => field in SIGNUP_FIELD_STEPS),
    ) as Partial<Record<SignupField, string>>;
    const step = (status === 400 || status === 409) && this.store.refuseFields(known);
    if (!step) {
      this.failure.set(describeApiError(error));
      return;
    }
    if (step !== 'personal') {
      await this.router.navigateByUrl(SIGNUP_STEPS[step].url);
      return;
    }
    for (const [field, message] of Object.entries(known)) {
      if (field in this.form.controls) {
        showServerError(this.form.controls[field as PersonalField], message);
      }
    }
    this.focusFirstInvalid();
  }
}
