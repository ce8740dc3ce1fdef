import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup } from '@angular/forms';
import { validatePassword } from '@portail/domain';
import { map } from 'rxjs';
import { PasswordCriteria } from './password-criteria';
import { PasswordField } from './password-field';
import { domainValidator, requiredValue, sameAs } from '@portail/portal-forms';

export const CONFIRMATION_REQUIRED_MESSAGE = 'La confirmation du mot de passe est obligatoire.';
export const PASSWORD_MISMATCH_MESSAGE = 'Les deux mots de passe saisis ne sont pas identiques.';

export type NewPasswordGroup = FormGroup<{
  password: FormControl<string>;
  confirmation: FormControl<string>;
}>;

/**
 * A new password and its confirmation, with `ready` true only when the password meets every rule
 * and the confirmation is equal to it: the submit buttons follow it. Call in an injection context.
 */
export function createNewPasswordForm() {
  const group: NewPasswordGroup = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: domainValidator(validatePassword) }),
    confirmation: new FormControl('', {
      nonNullable: true,
      validators: [requiredValue(CONFIRMATION_REQUIRED_MESSAGE), sameAs('password', PASSWORD_MISMATCH_MESSAGE)],
    }),
  });
  group.controls.password.valueChanges
    .pipe(takeUntilDestroyed())
    .subscribe(() => group.controls.confirmation.updateValueAndValidity({ emitEvent: false }));

  const value = toSignal(group.valueChanges.pipe(map(() => group.getRawValue())), {
    initialValue: group.getRawValue(),
  });
  const password = computed(() => value().password);
  const ready = computed(() => validatePassword(value().password).valid && value().password === value().confirmation);
  return { group, password, ready };
}

/** « Nouveau mot de passe », its live criteria, and « Confirmation du mot de passe ». */
@Component({
  selector: 'pt-new-password-fields',
  imports: [PasswordField, PasswordCriteria],
  template: `
    <pt-password-field
      [control]="group().controls.password"
      [label]="label()"
      name="new-password"
      autocomplete="new-password"
      describedBy="criteres-mot-de-passe"
    />
    <pt-password-criteria [password]="password()" listId="criteres-mot-de-passe" />
    <pt-password-field
      [control]="group().controls.confirmation"
      label="Confirmation du mot de passe"
      name="new-password-confirmation"
      autocomplete="new-password"
    />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordFields {
  readonly group = input.required<NewPasswordGroup>();
  /** The value typed, for the criteria (from createNewPasswordForm). */
  readonly password = input.required<string>();
  readonly label = input('Nouveau mot de passe');
}
