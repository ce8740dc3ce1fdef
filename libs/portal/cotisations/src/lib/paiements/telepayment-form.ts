import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { type Instalment, instalmentName, validateFrenchIban } from '@portail/domain';
import { formatEuros } from '../cotisations-format';
import { CotisationsStore } from '../cotisations-store';
import { INSTALMENT_REQUIRED_MESSAGE, describeInstalment, keepPayableSelection } from './payable-instalments';
import { isCompleteIban } from './payment-typing';
import { OutcomeNotices } from '../outcome-notices/outcome-notices';
import { LiveErrorStateMatcher, RequestState, describeApiError, domainValidator, errorMessageOf, fieldErrorsOf, formFieldDefaults, httpStatusOf, injectFocusFirstInvalid, requiredValue, showServerError } from '@portail/portal-forms';

/** « Télépaiement »: an order to pay one instalment from a bank account, by its IBAN. */
@Component({
  selector: 'pt-telepayment-form',
  imports: [ReactiveFormsModule, OutcomeNotices, MatFormField, MatLabel, MatInput, MatHint, MatError, MatButton],
  templateUrl: './telepayment-form.html',
  styleUrl: '../cotisations-page.scss',
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TelepaymentForm {
  private readonly store = inject(CotisationsStore);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly request = new RequestState();

  /** The payable instalments, oldest first. */
  readonly instalments = input.required<readonly Instalment[]>();
  /** The instalment « Payer » of the échéancier asked for. */
  readonly preselected = input<string | null>();

  protected readonly describeInstalment = describeInstalment;
  protected readonly liveIbanErrors = new LiveErrorStateMatcher(isCompleteIban);
  protected readonly form = new FormGroup({
    instalmentId: new FormControl('', {
      nonNullable: true,
      validators: requiredValue(INSTALMENT_REQUIRED_MESSAGE),
    }),
    iban: new FormControl('', { nonNullable: true, validators: domainValidator(validateFrenchIban) }),
  });
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  protected readonly success = signal<string | null>(null);

  constructor() {
    keepPayableSelection(this.form.controls.instalmentId, this.instalments, this.preselected);
  }

  protected message(field: 'instalmentId' | 'iban'): string | null {
    return errorMessageOf(this.form.controls[field]);
  }

  protected async order(): Promise<void> {
    const { instalmentId, iban } = this.form.getRawValue();
    const instalment = this.instalments().find((candidate) => candidate.id === instalmentId);
    const validIban = validateFrenchIban(iban);
    if (this.form.invalid || !instalment || !validIban.valid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    if (this.pending()) {
      return;
    }
    this.success.set(null);
    const outcome = await this.request.run(this.store.payByTelepayment({ instalmentId, iban: validIban.value }));
    if (outcome.ok) {
      // Through the form directive, so that the next submit starts with no error shown; unless the
      // last instalment paid took the form away.
      const cleared = { instalmentId: this.form.controls.instalmentId.value, iban: '' };
      const directive = this.formDirective();
      if (directive) {
        directive.resetForm(cleared);
      } else {
        this.form.reset(cleared);
      }
      this.success.set(
        `Ordre de télépaiement enregistré : ${instalmentName(instalment)} (${formatEuros(instalment.amountCents)}) est réglée depuis le compte indiqué.`,
      );
    } else if (httpStatusOf(outcome.error) === 400 && fieldErrorsOf(outcome.error)['iban']) {
      showServerError(this.form.controls.iban, fieldErrorsOf(outcome.error)['iban']);
      this.focusFirstInvalid();
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
