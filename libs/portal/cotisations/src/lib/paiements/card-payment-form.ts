import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  CARD_MESSAGES,
  type Instalment,
  TEST_CARDS,
  validateCardCvc,
  validateCardExpiry,
  validateCardNumber,
  instalmentName,
} from '@portail/domain';
import { SandboxClock } from '@portail/portal-sandbox';
import { Notice } from '@portail/portal-ui';
import { formatEuros, groupByFour } from '../cotisations-format';
import { CotisationsStore } from '../cotisations-store';
import { INSTALMENT_REQUIRED_MESSAGE, describeInstalment, keepPayableSelection } from './payable-instalments';
import { isCompleteCardNumber } from './payment-typing';
import { OutcomeNotices } from '../outcome-notices/outcome-notices';
import { LiveErrorStateMatcher, RequestState, describeApiError, domainValidator, errorMessageOf, formFieldDefaults, injectFocusFirstInvalid, requiredValue } from '@portail/portal-forms';

interface CardFields {
  instalmentId: string;
  cardNumber: string;
  expiry: string;
  cvc: string;
  holder: string;
}

/**
 * « Carte bancaire »: pays one instalment with a simulated card. The number is checked as it is
 * typed (Luhn), then by the API; it is never kept: the field is emptied once sent, whatever the
 * answer, and so is the cryptogram.
 */
@Component({
  selector: 'pt-card-payment-form',
  imports: [ReactiveFormsModule, Notice, OutcomeNotices, MatFormField, MatLabel, MatInput, MatHint, MatError, MatButton],
  templateUrl: './card-payment-form.html',
  styleUrls: ['../cotisations-page.scss', './payment-forms.scss'],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CardPaymentForm {
  private readonly store = inject(CotisationsStore);
  private readonly clock = inject(SandboxClock);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly cardNumberInput = viewChild<ElementRef<HTMLInputElement>>('cardNumber');
  private readonly request = new RequestState();

  /** The payable instalments, oldest first. */
  readonly instalments = input.required<readonly Instalment[]>();
  /** The instalment « Payer » of the échéancier asked for. */
  readonly preselected = input<string | null>();

  protected readonly describeInstalment = describeInstalment;
  protected readonly acceptedCard = groupByFour(TEST_CARDS.accepted);
  protected readonly declinedCard = groupByFour(TEST_CARDS.declined);
  protected readonly liveCardNumberErrors = new LiveErrorStateMatcher(isCompleteCardNumber);

  protected readonly form = new FormGroup({
    instalmentId: new FormControl('', { nonNullable: true, validators: requiredValue(INSTALMENT_REQUIRED_MESSAGE) }),
    cardNumber: new FormControl('', { nonNullable: true, validators: domainValidator(validateCardNumber) }),
    // Checked against the sandbox clock, as the API does; before it answers, only the format.
    expiry: new FormControl('', {
      nonNullable: true,
      validators: domainValidator((value) => validateCardExpiry(value, this.clock.now() ?? new Date(0))),
    }),
    cvc: new FormControl('', { nonNullable: true, validators: domainValidator(validateCardCvc) }),
    holder: new FormControl('', { nonNullable: true, validators: requiredValue(CARD_MESSAGES.holderRequired) }),
  });
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  protected readonly success = signal<string | null>(null);

  constructor() {
    keepPayableSelection(this.form.controls.instalmentId, this.instalments, this.preselected);
  }

  protected message(field: keyof CardFields): string | null {
    return errorMessageOf(this.form.controls[field]);
  }

  protected async pay(): Promise<void> {
    const { instalmentId, cardNumber, expiry, cvc, holder } = this.form.getRawValue();
    const instalment = this.instalments().find((candidate) => candidate.id === instalmentId);
    const number = validateCardNumber(cardNumber);
    const validExpiry = validateCardExpiry(expiry, this.clock.now() ?? new Date(0));
    const validCvc = validateCardCvc(cvc);
    if (this.form.invalid || !instalment || !number.valid || !validExpiry.valid || !validCvc.valid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    if (this.pending()) {
      return;
    }
    this.success.set(null);
    const outcome = await this.request.run(
      this.store.payByCard({
        instalmentId,
        cardNumber: number.value,
        expiry: validExpiry.value,
        cvc: validCvc.value,
        holder: holder.trim(),
      }),
    );
    // Never kept, whatever the answer. Through the form directive (when the form is still shown:
    // the last instalment paid takes it away), so that the next submit starts with no error shown.
    this.clear({
      instalmentId: this.form.controls.instalmentId.value,
      cardNumber: '',
      expiry: outcome.ok ? '' : expiry,
      cvc: '',
      holder,
    });
    if (outcome.ok) {
      this.success.set(
        `Paiement accepté : ${instalmentName(instalment)} (${formatEuros(instalment.amountCents)}) est payée par carte bancaire.`,
      );
    } else {
      // 422 card-declined, 400 (number, expiry, cryptogram): the API's own sentence.
      this.failure.set(describeApiError(outcome.error));
      this.cardNumberInput()?.nativeElement.focus();
    }
  }

  private clear(values: CardFields): void {
    const directive = this.formDirective();
    if (directive) {
      directive.resetForm(values);
    } else {
      this.form.reset(values);
    }
  }
}
