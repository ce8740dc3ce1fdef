import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type CotisationsOverview, validateFrenchIban } from '@portail/domain';
import { firstValueFrom } from 'rxjs';
import { formatDay, formatEuros } from '../cotisations-format';
import { CotisationsStore } from '../cotisations-store';
import { payableInstalments } from './payable-instalments';
import { isCompleteIban } from './payment-typing';
import { RevokeMandateDialog } from './revoke-mandate-dialog';
import { OutcomeNotices } from '../outcome-notices/outcome-notices';
import { LiveErrorStateMatcher, RequestState, describeApiError, domainValidator, errorMessageOf, fieldErrorsOf, formFieldDefaults, httpStatusOf, injectFocusFirstInvalid, requiredValue, showServerError } from '@portail/portal-forms';

/**
 * « Prélèvement automatique »: the SEPA mandate in force (and its revocation), or the form that
 * signs one. Once signed, every unpaid instalment is debited at its due date.
 */
@Component({
  selector: 'pt-sepa-mandate-section',
  imports: [ReactiveFormsModule, OutcomeNotices, MatFormField, MatLabel, MatInput, MatHint, MatError, MatButton],
  templateUrl: './sepa-mandate-section.html',
  styleUrls: ['../cotisations-page.scss', './payment-forms.scss'],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SepaMandateSection {
  private readonly store = inject(CotisationsStore);
  private readonly dialog = inject(MatDialog);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly request = new RequestState();

  readonly overview = input.required<CotisationsOverview>();

  protected readonly formatDay = formatDay;
  protected readonly mandate = computed(() => this.overview().mandate);
  /** What the mandate will debit: the unpaid instalments, at their due dates. */
  protected readonly unpaid = computed(() => {
    const instalments = payableInstalments(this.overview().instalments);
    return {
      count: instalments.length,
      total: formatEuros(instalments.reduce((sum, instalment) => sum + instalment.amountCents, 0)),
    };
  });
  protected readonly liveIbanErrors = new LiveErrorStateMatcher(isCompleteIban);
  protected readonly form = new FormGroup({
    holder: new FormControl('', {
      nonNullable: true,
      validators: requiredValue('Le nom du titulaire du compte est obligatoire.'),
    }),
    iban: new FormControl('', { nonNullable: true, validators: domainValidator(validateFrenchIban) }),
  });
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  protected readonly success = signal<string | null>(null);

  protected message(field: 'holder' | 'iban'): string | null {
    return errorMessageOf(this.form.controls[field]);
  }

  protected async sign(): Promise<void> {
    const { holder, iban } = this.form.getRawValue();
    const validIban = validateFrenchIban(iban);
    if (this.form.invalid || !validIban.valid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    if (this.pending()) {
      return;
    }
    this.success.set(null);
    const outcome = await this.request.run(this.store.signMandate({ holder: holder.trim(), iban: validIban.value }));
    if (outcome.ok) {
      this.formDirective()?.resetForm({ holder: '', iban: '' });
      this.success.set(
        'Le mandat de prélèvement SEPA est signé : les échéances non payées seront prélevées à leur date d’échéance.',
      );
      return;
    }
    const fields = fieldErrorsOf(outcome.error);
    if (httpStatusOf(outcome.error) === 400 && (fields['holder'] || fields['iban'])) {
      for (const field of ['holder', 'iban'] as const) {
        if (fields[field]) {
          showServerError(this.form.controls[field], fields[field]);
        }
      }
      this.focusFirstInvalid();
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }

  protected async revoke(): Promise<void> {
    if (this.pending()) {
      return;
    }
    const dialogRef = this.dialog.open<RevokeMandateDialog, void, boolean>(RevokeMandateDialog, { width: '32rem' });
    if ((await firstValueFrom(dialogRef.afterClosed())) !== true) {
      return;
    }
    this.success.set(null);
    const outcome = await this.request.run(this.store.revokeMandate());
    if (outcome.ok) {
      this.success.set('Le mandat de prélèvement est révoqué : les échéances non payées ne seront plus prélevées.');
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
