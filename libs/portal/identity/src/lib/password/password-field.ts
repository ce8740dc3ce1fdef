import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { errorMessageOf, formFieldDefaults } from '@portail/portal-forms';

/** A password field with « Afficher » / « Masquer », its rule's sentence shown under it. */
@Component({
  selector: 'pt-password-field',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatHint, MatSuffix, MatButton],
  template: `
    <mat-form-field>
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [type]="shown() ? 'text' : 'password'"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete()"
        [name]="name() ?? ''"
        [aria-describedby]="describedBy()"
        required
        spellcheck="false"
        autocapitalize="off"
      />
      <button matSuffix matButton type="button" class="password-toggle" (click)="shown.set(!shown())">
        {{ shown() ? 'Masquer' : 'Afficher' }}<span class="visually-hidden"> le mot de passe</span>
      </button>
      @if (hint(); as hint) {
        <mat-hint>{{ hint }}</mat-hint>
      }
      <mat-error>{{ message() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 0.75rem;
    }
    .password-toggle {
      margin-right: 0.25rem;
    }
  `,
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  /** `current-password` to sign in, `new-password` for a new one: password managers rely on it. */
  readonly autocomplete = input<'current-password' | 'new-password'>('new-password');
  readonly name = input<string | null>(null);
  readonly hint = input<string | null>(null);
  /** Ids of elements describing the field (the criteria list). */
  readonly describedBy = input('');

  protected readonly shown = signal(false);

  protected message(): string | null {
    return errorMessageOf(this.control());
  }
}
