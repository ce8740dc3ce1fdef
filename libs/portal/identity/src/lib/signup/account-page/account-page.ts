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
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { TIERS_CATEGORY_LABELS, type TiersCategory, normalizeEmail, validateEmail } from '@portail/domain';
import { PageHeading } from '@portail/portal-ui';
import { SIGNUP_CAPTION, SIGNUP_STEPS } from '../signup-steps';
import { SignupStore } from '../signup-store';
import { domainValidator, errorMessageOf, requiredValue, sameAs, showServerError, injectFocusFirstInvalid, formFieldDefaults } from '@portail/portal-forms';

export const CATEGORY_REQUIRED_MESSAGE = 'Choisissez votre catégorie de compte.';
export const EMAIL_CONFIRMATION_REQUIRED_MESSAGE = "La confirmation de l'adresse courriel est obligatoire.";
export const EMAIL_MISMATCH_MESSAGE = 'Les deux adresses courriel saisies ne sont pas identiques.';

/** Step 5: « Choisissez votre catégorie de compte et renseignez votre adresse courriel ». */
@Component({
  selector: 'pt-account-page',
  imports: [
    ReactiveFormsModule,
    PageHeading,
    MatRadioGroup,
    MatRadioButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatHint,
    MatError,
    MatButton,
    RouterLink,
  ],
  templateUrl: './account-page.html',
  styleUrl: '../../identity-page.scss',
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly store = inject(SignupStore);
  private readonly router = inject(Router);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();

  protected readonly caption = SIGNUP_CAPTION;
  protected readonly step = SIGNUP_STEPS.account.step;
  protected readonly categories = (Object.keys(TIERS_CATEGORY_LABELS) as TiersCategory[]).map((value) => ({
    value,
    label: TIERS_CATEGORY_LABELS[value],
  }));
  protected readonly form = new FormGroup({
    category: new FormControl<TiersCategory | null>(this.store.draft().category, {
      validators: requiredValue(CATEGORY_REQUIRED_MESSAGE),
    }),
    email: new FormControl(this.store.draft().email, { nonNullable: true, validators: domainValidator(validateEmail) }),
    emailConfirmation: new FormControl(this.store.draft().email, {
      nonNullable: true,
      validators: [
        requiredValue(EMAIL_CONFIRMATION_REQUIRED_MESSAGE),
        sameAs('email', EMAIL_MISMATCH_MESSAGE, normalizeEmail),
      ],
    }),
  });
  protected readonly submitted = signal(false);
  /** The address already has an account (409 of the signup): offer to sign in instead. */
  protected readonly emailTaken = signal(false);

  constructor() {
    const { email, category } = this.form.controls;
    // Sent back here by the API's refusal of the signup (409 on the address, 400 on a field),
    // once the fields are bound to the form (binding runs the validators again).
    const refused = this.store.serverErrors();
    afterNextRender(() => {
      if (refused.email) {
        showServerError(email, refused.email);
        this.emailTaken.set(true);
      }
      if (refused.category) {
        showServerError(category, refused.category);
        this.submitted.set(true);
      }
    });
    email.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.form.controls.emailConfirmation.updateValueAndValidity({ emitEvent: false });
      this.emailTaken.set(false);
      this.store.clearServerError('email');
    });
  }

  protected message(name: 'category' | 'email' | 'emailConfirmation'): string | null {
    return errorMessageOf(this.form.controls[name]);
  }

  protected categoryInError(): boolean {
    const category = this.form.controls.category;
    return category.invalid && (category.touched || this.submitted());
  }

  /** « Précédent » keeps what was typed, checked or not: it is checked again on « Suivant ». */
  protected async back(): Promise<void> {
    const { category, email } = this.form.getRawValue();
    this.store.update({ category, email: email.trim() });
    await this.router.navigateByUrl(SIGNUP_STEPS.siret.url);
  }

  protected async next(): Promise<void> {
    this.submitted.set(true);
    const { category, email } = this.form.getRawValue();
    const validation = validateEmail(email);
    if (this.form.invalid || !category || !validation.valid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.store.update({ category, email: validation.value });
    this.store.clearServerError('category');
    await this.router.navigateByUrl(SIGNUP_STEPS.personal.url);
  }
}
