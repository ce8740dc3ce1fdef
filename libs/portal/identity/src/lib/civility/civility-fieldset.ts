import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type { Civility } from '@portail/domain';
import { FieldsetError, errorMessageOf } from '@portail/portal-forms';

/**
 * « Civilité » as two radio buttons, its refusal announced under them. Radio groups have no
 * mat-form-field to show an error: the group says itself that it is invalid, which also lets
 * injectFocusFirstInvalid find it after a refused submit.
 */
@Component({
  selector: 'pt-civility-fieldset',
  imports: [ReactiveFormsModule, MatRadioGroup, MatRadioButton, FieldsetError],
  template: `
    <fieldset class="field-group">
      <legend id="civilite-legende">
        Civilité
        @if (markRequired()) {
          <span aria-hidden="true">*</span>
        }
      </legend>
      <mat-radio-group
        [formControl]="control()"
        aria-labelledby="civilite-legende"
        aria-required="true"
        [attr.aria-invalid]="inError()"
        [attr.aria-describedby]="inError() ? 'civilite-erreur' : null"
      >
        @for (civility of civilities; track civility.value) {
          <mat-radio-button [value]="civility.value">{{ civility.label }}</mat-radio-button>
        }
      </mat-radio-group>
      <pt-fieldset-error errorId="civilite-erreur" [message]="inError() ? message() : null" />
    </fieldset>
  `,
  styleUrl: './civility-fieldset.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CivilityFieldset {
  readonly control = input.required<FormControl<Civility | null>>();
  /** The form was submitted: an empty choice is refused even if untouched. */
  readonly submitted = input(false);
  /** The asterisk of forms whose note says « les champs suivis d'un astérisque (*) sont obligatoires ». */
  readonly markRequired = input(false);

  protected readonly civilities: readonly { value: Civility; label: string }[] = [
    { value: 'Mme', label: 'Madame' },
    { value: 'M', label: 'Monsieur' },
  ];

  // Read from the control at each check: the radio buttons' clicks mark this component for check.
  protected inError(): boolean {
    const control = this.control();
    return control.invalid && (control.touched || this.submitted());
  }

  protected message(): string | null {
    return errorMessageOf(this.control());
  }
}
