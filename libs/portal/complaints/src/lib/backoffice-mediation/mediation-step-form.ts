import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type BackofficeMediation, MEDIATION_STEP_TEXT_LABELS, MEDIATION_STEP_TEXT_MAX, MEDIATOR_ACTION_LABELS, type MediatorStatus } from '@portail/domain/complaints';
import {
  RequestState,
  describeApiError,
  errorMessageOf,
  fieldErrorsOf,
  formFieldDefaults,
  httpStatusOf,
  requiredValue,
  showServerError,
} from '@portail/portal-forms';
import { Notice } from '@portail/portal-ui';
import { ComplaintsApi } from '../complaints-api';

/** The step done, or the 409 of a step no longer possible (the requester stopped it meanwhile). */
export type StepOutcome = { kind: 'moved'; mediation: BackofficeMediation } | { kind: 'conflict'; message: string };

/**
 * One of the médiateur's actions: « Déclarer recevable » (a button), or « Réorienter », « Engager
 * l’analyse », « Transmettre la recommandation » with the text that is the step's content.
 */
@Component({
  selector: 'pt-mediation-step-form',
  imports: [ReactiveFormsModule, Notice, MatFormField, MatLabel, MatInput, MatError, MatButton],
  template: `
    <div role="alert">
      @if (failure(); as failure) {
        <pt-notice kind="error">
          <p>{{ failure }}</p>
        </pt-notice>
      }
    </div>
    @if (textLabel(); as label) {
      <mat-form-field>
        <mat-label>{{ label }}</mat-label>
        <textarea #textField matInput [formControl]="text" rows="4" [attr.maxlength]="maxLength" required></textarea>
        <mat-error>{{ message() }}</mat-error>
      </mat-form-field>
    }
    <button matButton="filled" type="button" [disabled]="pending()" (click)="send()">
      {{ actionLabel() }}
    </button>
  `,
  styles: `
    :host {
      display: block;
    }
    pt-notice {
      margin-bottom: 1rem;
    }
    mat-form-field {
      width: 100%;
      max-width: 40rem;
    }
  `,
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediationStepForm {
  private readonly api = inject(ComplaintsApi);
  private readonly textField = viewChild<ElementRef<HTMLTextAreaElement>>('textField');
  private readonly request = new RequestState();

  readonly mediationId = input.required<string>();
  readonly to = input.required<MediatorStatus>();
  readonly moved = output<StepOutcome>();

  protected readonly maxLength = MEDIATION_STEP_TEXT_MAX;
  protected readonly textLabel = computed(() => MEDIATION_STEP_TEXT_LABELS[this.to()]);
  protected readonly actionLabel = computed(() => MEDIATOR_ACTION_LABELS[this.to()]);
  protected readonly text = new FormControl('', { nonNullable: true, validators: requiredValue('Ce texte est obligatoire : il est adressé au demandeur.') });
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;

  protected message(): string | null {
    return errorMessageOf(this.text);
  }

  protected async send(): Promise<void> {
    const needsText = this.textLabel() !== null;
    if (needsText && this.text.invalid) {
      this.text.markAsTouched();
      this.textField()?.nativeElement.focus();
      return;
    }
    if (this.pending()) return;
    const outcome = await this.request.run(
      this.api.moveMediation(this.mediationId(), needsText ? { to: this.to(), text: this.text.value.trim() } : { to: this.to() }),
    );
    if (outcome.ok) {
      this.moved.emit({ kind: 'moved', mediation: outcome.value });
    } else if (httpStatusOf(outcome.error) === 409) {
      this.moved.emit({ kind: 'conflict', message: describeApiError(outcome.error) });
    } else if (httpStatusOf(outcome.error) === 400 && fieldErrorsOf(outcome.error)['text']) {
      showServerError(this.text, fieldErrorsOf(outcome.error)['text']);
      this.textField()?.nativeElement.focus();
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
