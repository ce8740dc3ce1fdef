import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, type ValidatorFn } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { FIRM_RIGHTS, FIRM_RIGHT_HINTS, FIRM_RIGHT_LABELS, type FirmRight } from '@portail/domain';
import { FieldsetError, errorMessageOf } from '@portail/portal-forms';

export type RightsGroup = FormGroup<Record<FirmRight, FormControl<boolean>>>;

export const RIGHTS_REQUIRED_MESSAGE = 'Cochez au moins un droit à confier à votre collaborateur.';

/** A collaborator without any right could open nothing: the API refuses it too. */
const atLeastOneRight: ValidatorFn = (group) =>
  Object.values((group as RightsGroup).getRawValue()).some(Boolean)
    ? null
    : { missing: { message: RIGHTS_REQUIRED_MESSAGE } };

/** One checkbox per right of FIRM_RIGHTS, those given checked. */
export function createRightsGroup(given: readonly FirmRight[] = []): RightsGroup {
  const controls = Object.fromEntries(
    FIRM_RIGHTS.map((right) => [right, new FormControl(given.includes(right), { nonNullable: true })]),
  ) as Record<FirmRight, FormControl<boolean>>;
  return new FormGroup(controls, { validators: atLeastOneRight });
}

/** The rights checked, in the order of FIRM_RIGHTS. */
export function rightsOf(group: RightsGroup): FirmRight[] {
  const value = group.getRawValue();
  return FIRM_RIGHTS.filter((right) => value[right]);
}

/**
 * « vous définissez les droits que vous souhaitez lui confier »: the rights as checkboxes, each
 * with what it opens, and the refusal of an empty choice under them.
 */
@Component({
  selector: 'pt-rights-fieldset',
  imports: [ReactiveFormsModule, MatCheckbox, FieldsetError],
  template: `
    <fieldset class="field-group" [attr.aria-describedby]="inError() ? 'droits-erreur' : null">
      <legend>{{ legend() }}</legend>
      @for (right of rights; track right) {
        <div class="right">
          <mat-checkbox [formControl]="group().controls[right]" [aria-describedby]="'droit-' + right + '-aide'">
            {{ labels[right] }}
          </mat-checkbox>
          <p class="right__hint" [id]="'droit-' + right + '-aide'">{{ hints[right] }}</p>
        </div>
      }
      <pt-fieldset-error errorId="droits-erreur" [message]="inError() ? message() : null" />
    </fieldset>
  `,
  styleUrl: './rights-fieldset.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RightsFieldset {
  readonly group = input.required<RightsGroup>();
  readonly legend = input('Droits confiés');
  /** The form was submitted: an empty choice is refused even if no box was touched. */
  readonly submitted = input(false);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly rights = FIRM_RIGHTS;
  protected readonly labels = FIRM_RIGHT_LABELS;
  protected readonly hints = FIRM_RIGHT_HINTS;

  // Read from the form at each check: the checkboxes' clicks mark this component for check.
  protected inError(): boolean {
    const group = this.group();
    return group.invalid && (this.submitted() || group.touched);
  }

  protected message(): string | null {
    return errorMessageOf(this.group());
  }

  /** After a refused submit: the keyboard lands on the first right. */
  focusFirst(): void {
    this.host.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
  }
}
