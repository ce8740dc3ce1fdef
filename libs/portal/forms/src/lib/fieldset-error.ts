import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The refusal of a group of radio buttons or checkboxes, which has no mat-form-field to show it:
 * announced as it appears, and named by `errorId` for the group's aria-describedby.
 */
@Component({
  selector: 'pt-fieldset-error',
  template: `
    <div aria-live="polite">
      @if (message(); as message) {
        <p class="field-error" [id]="errorId()">{{ message }}</p>
      }
    </div>
  `,
  styles: `
    .field-error {
      margin: 0.25rem 0 0;
      color: var(--pt-error);
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldsetError {
  /** Null while the group is not in error. */
  readonly message = input<string | null>(null);
  readonly errorId = input.required<string>();
}
