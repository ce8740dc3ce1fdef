import { Notice } from '@portail/portal-ui';
import { injectCurrentRights } from '@portail/portal-identity';
import { missingRightMessage } from '../missing-right';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, type ValidatorFn } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  CONTRIBUTION_REQUEST_LABELS,
  CONTRIBUTION_REQUEST_STATUS_LABELS,
  type ContributionRequestKind,
} from '@portail/domain';
import { formatDay } from '../cotisations-format';
import { CotisationsStore } from '../cotisations-store';
import { OutcomeNotices } from '../outcome-notices/outcome-notices';
import { RequestState, describeApiError, errorMessageOf, fieldErrorsOf, formFieldDefaults, httpStatusOf, injectFocusFirstInvalid, requiredValue, showServerError } from '@portail/portal-forms';

export const MAX_REASON_LENGTH = 1000;

/** The FAQ's two aids, worded as actions. */
const KIND_CHOICES: readonly { value: ContributionRequestKind; label: string }[] = [
  { value: 'delai', label: 'Demander un délai de paiement' },
  { value: 'recalcul', label: 'Demander un recalcul des cotisations' },
];

function maxLength(max: number, message: string): ValidatorFn {
  return (control) =>
    typeof control.value === 'string' && control.value.length > max ? { tooLong: { message } } : null;
}

/**
 * « Demandes »: ask the Urssaf for a payment delay or a recalculation, with a motive; a Conseiller
 * accepts or refuses it from the back-office. The requests filed so far, with their answers, below.
 */
@Component({
  selector: 'pt-demandes-page',
  imports: [
    ReactiveFormsModule,
    OutcomeNotices,
    Notice,
    MatFormField,
    MatLabel,
    MatInput,
    MatHint,
    MatError,
    MatRadioGroup,
    MatRadioButton,
    MatButton,
  ],
  templateUrl: './demandes-page.html',
  styleUrls: ['../cotisations-page.scss', './demandes-page.scss'],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DemandesPage {
  private readonly store = inject(CotisationsStore);
  protected readonly may = injectCurrentRights();
  protected readonly missingRight = missingRightMessage('declaration-revenus');
  private readonly focusFirstInvalid = injectFocusFirstInvalid();
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly reasonField = viewChild<ElementRef<HTMLTextAreaElement>>('reasonField');
  private readonly request = new RequestState();

  protected readonly overview = this.store.overview;
  protected readonly kindChoices = KIND_CHOICES;
  protected readonly kindLabels = CONTRIBUTION_REQUEST_LABELS;
  protected readonly statusLabels = CONTRIBUTION_REQUEST_STATUS_LABELS;
  protected readonly formatDay = formatDay;
  protected readonly maxReasonLength = MAX_REASON_LENGTH;

  protected readonly form = new FormGroup({
    kind: new FormControl<ContributionRequestKind | null>(null, {
      validators: requiredValue('Choisissez le type de demande.'),
    }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [
        requiredValue('Le motif de la demande est obligatoire.'),
        maxLength(MAX_REASON_LENGTH, `Le motif ne peut pas dépasser ${MAX_REASON_LENGTH} caractères.`),
      ],
    }),
  });
  private readonly reason = toSignal(this.form.controls.reason.valueChanges, { initialValue: '' });
  protected readonly reasonLength = computed(() => this.reason().length);
  protected readonly submitted = signal(false);
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  protected readonly success = signal<string | null>(null);

  protected message(field: 'kind' | 'reason'): string | null {
    return errorMessageOf(this.form.controls[field]);
  }

  protected kindInError(): boolean {
    const kind = this.form.controls.kind;
    return kind.invalid && (kind.touched || this.submitted());
  }

  protected async file(): Promise<void> {
    this.submitted.set(true);
    const { kind, reason } = this.form.getRawValue();
    if (this.form.invalid || kind === null) {
      this.form.markAllAsTouched();
      this.focusFirstRefused();
      return;
    }
    if (this.pending()) {
      return;
    }
    this.success.set(null);
    const outcome = await this.request.run(this.store.fileRequest({ kind, reason: reason.trim() }));
    if (outcome.ok) {
      this.submitted.set(false);
      this.formDirective()?.resetForm({ kind: null, reason: '' });
      this.success.set(
        `Votre ${CONTRIBUTION_REQUEST_LABELS[kind].toLowerCase()} est transmise à un conseiller Urssaf. Sa réponse s’affichera dans la liste des demandes.`,
      );
      return;
    }
    const fields = fieldErrorsOf(outcome.error);
    if (httpStatusOf(outcome.error) === 400 && (fields['kind'] || fields['reason'])) {
      for (const field of ['kind', 'reason'] as const) {
        if (fields[field]) {
          showServerError(this.form.controls[field], fields[field]);
        }
      }
      this.focusFirstRefused();
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }

  /** The shared helper finds inputs and radio groups; the motive is a textarea. */
  private focusFirstRefused(): void {
    if (this.form.controls.kind.invalid) {
      this.focusFirstInvalid();
    } else {
      this.reasonField()?.nativeElement.focus();
    }
  }
}
