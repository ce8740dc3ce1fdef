import { missingRightMessage } from '../missing-right';
import { injectCurrentRights } from '@portail/portal-identity';
import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { Notice } from '@portail/portal-ui';
import { formatDay, formatEuros } from '../cotisations-format';
import { CotisationsStore } from '../cotisations-store';
import { validateIncome } from './income-amount';
import { OutcomeNotices } from '../outcome-notices/outcome-notices';
import { RequestState, describeApiError, domainValidator, errorMessageOf, fieldErrorsOf, formFieldDefaults, httpStatusOf, injectFocusFirstInvalid, showServerError } from '@portail/portal-forms';

interface Recalculation {
  year: number;
  annualAmountCents: number;
  remainingCents: number;
}

/**
 * « Revenus »: declare (or correct) the professional income of the previous year; the API
 * recalculates the year's contributions and answers the new échéancier. The declarations made
 * so far are listed below.
 */
@Component({
  selector: 'pt-revenus-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    Notice,
    OutcomeNotices,
    MatFormField,
    MatLabel,
    MatInput,
    MatHint,
    MatError,
    MatSuffix,
    MatButton,
  ],
  templateUrl: './revenus-page.html',
  styleUrl: '../cotisations-page.scss',
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevenusPage {
  private readonly store = inject(CotisationsStore);
  protected readonly may = injectCurrentRights();
  protected readonly missingRight = missingRightMessage('declaration-revenus');
  private readonly focusFirstInvalid = injectFocusFirstInvalid();
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly request = new RequestState();

  protected readonly overview = this.store.overview;
  protected readonly formatEuros = formatEuros;
  protected readonly formatDay = formatDay;

  protected readonly form = new FormGroup({
    income: new FormControl('', { nonNullable: true, validators: domainValidator(validateIncome) }),
  });
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  protected readonly recalculation = signal<Recalculation | null>(null);
  /** The year being declared was already declared: the new amount replaces it. */
  protected readonly previousDeclaration = computed(() => {
    const overview = this.overview();
    return overview?.declarations.find((declaration) => declaration.year === overview.declarationYear) ?? null;
  });

  protected message(): string | null {
    return errorMessageOf(this.form.controls.income);
  }

  protected async declare(): Promise<void> {
    const overview = this.overview();
    const income = validateIncome(this.form.controls.income.value);
    if (!overview || !income.valid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    if (this.pending()) {
      return;
    }
    this.recalculation.set(null);
    const outcome = await this.request.run(
      this.store.declareIncome({ year: overview.declarationYear, incomeCents: income.value }),
    );
    if (outcome.ok) {
      const { year, annualAmountCents, remainingCents } = outcome.value;
      this.recalculation.set({ year, annualAmountCents, remainingCents });
      this.formDirective().resetForm({ income: '' });
    } else if (httpStatusOf(outcome.error) === 400) {
      showServerError(
        this.form.controls.income,
        fieldErrorsOf(outcome.error)['incomeCents'] ?? describeApiError(outcome.error),
      );
      this.focusFirstInvalid();
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
