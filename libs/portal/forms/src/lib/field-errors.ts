import { AbstractControl, FormGroupDirective, NgForm, ValidationErrors, ValidatorFn } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';
import type { Validation } from '@portail/domain';

/**
 * Every validator of the portal reports `{ key: { message } }`: the French sentence to show under
 * the field. The rules themselves live in libs/domain; these only adapt them to Angular forms.
 */
interface FieldError {
  message: string;
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && typeof (value as FieldError).message === 'string';
}

/** A libs/domain validator as an Angular one: its refusal is the `domain` error. */
export function domainValidator(validate: (value: string) => Validation<unknown>): ValidatorFn {
  return (control) => {
    const validation = validate(control.value as string);
    return validation.valid ? null : { domain: validation };
  };
}

/**
 * For fields the API only requires (Nom, Prénom…). Named `missing`, not `required`: the `required`
 * attribute of a field adds Angular's own `required` error, which carries no sentence.
 */
export function requiredValue(message: string): ValidatorFn {
  return (control) => {
    const value: unknown = control.value;
    const empty = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
    return empty ? { missing: { message } } : null;
  };
}

/**
 * A free text's length once trimmed, as the API counts it: `tooShort` under `min` characters,
 * `tooLong` over `max`. An empty field is `requiredValue`'s to report.
 */
export function trimmedLength(min: number, max: number, messages: { tooShort: string; tooLong: string }): ValidatorFn {
  return (control) => {
    const length = typeof control.value === 'string' ? control.value.trim().length : 0;
    if (length > 0 && length < min) return { tooShort: { message: messages.tooShort } };
    if (length > max) return { tooLong: { message: messages.tooLong } };
    return null;
  };
}

/** The confirmation of another field of the same group (e-mail, password). */
export function sameAs(
  otherControlName: string,
  message: string,
  normalize: (value: string) => string = (value) => value,
): ValidatorFn {
  return (control) => {
    const other = control.parent?.get(otherControlName);
    const value = control.value as string;
    if (!other || value === '') {
      return null;
    }
    return normalize(value) === normalize(other.value as string) ? null : { mismatch: { message } };
  };
}

/** The API's own sentence for a field (400 or 409): shown until the person edits the field. */
export function showServerError(control: AbstractControl, message: string): void {
  control.setErrors({ ...control.errors, server: { message } });
  control.markAsTouched();
}

/** The sentence to show under a field: the API's first, then the rules', in their order. */
export function errorMessageOf(control: AbstractControl): string | null {
  const errors: ValidationErrors | null = control.errors;
  if (!errors) {
    return null;
  }
  if (isFieldError(errors['server'])) {
    return errors['server'].message;
  }
  return Object.values(errors).find(isFieldError)?.message ?? null;
}

/**
 * Material shows an error once the field is left or the form submitted. This one also shows it
 * while typing, as soon as `isComplete` says the value is not merely unfinished.
 */
export class LiveErrorStateMatcher implements ErrorStateMatcher {
  constructor(private readonly isComplete: (value: string) => boolean) {}

  isErrorState(control: AbstractControl | null, form: FormGroupDirective | NgForm | null): boolean {
    if (!control?.invalid) {
      return false;
    }
    return (
      control.touched || (form?.submitted ?? false) || (control.dirty && this.isComplete(String(control.value ?? '')))
    );
  }
}
