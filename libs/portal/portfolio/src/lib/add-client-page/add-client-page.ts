import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import {
  type AddClientRequest,
  type ContributorKind,
  removeSpaces,
  validateNir,
  validateSiren,
  validateTiNumber,
} from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { merge } from 'rxjs';
import { refusalOf } from '../api-refusal';
import { PortfolioApi } from '../portfolio-api';
import { PORTFOLIO_URL, finaliseUrlOf } from '../portfolio-client';
import { CLIENT_ADDED_STATE } from '../portfolio-wording';
import { SandboxDeliveryHint } from '../sandbox-delivery-hint/sandbox-delivery-hint';
import { injectFocusFirstInvalid, formFieldDefaults, LiveErrorStateMatcher, RequestState, describeApiError, domainValidator, errorMessageOf, fieldErrorsOf, showServerError } from '@portail/portal-forms';

type IdentifierField = 'siren' | 'nir' | 'tiNumber';

/** 404 unknown-contributor, 409 already-in-portfolio or attached-elsewhere: said next to the form. */
interface Refusal {
  message: string;
  /** already-in-portfolio: a link to the client there, found by its SIREN when it has one. */
  inPortfolio: { recherche?: string } | null;
}

/** An error shows while typing only once the value has its full length, or a character it never has. */
function completeAt(length: number, characters: RegExp): LiveErrorStateMatcher {
  return new LiveErrorStateMatcher((value) => {
    const compact = removeSpaces(value);
    return compact.length >= length || !characters.test(compact);
  });
}

/**
 * « Ajouter un client »: a business by its SIREN, or a « gérant majoritaire sans Siret » by NIR
 * and n° TI. The API writes the pending attachment, e-mails the client and posts the security
 * code; the attachment is then finalised on the next page.
 */
@Component({
  selector: 'pt-add-client-page',
  imports: [
    ReactiveFormsModule,
    PageHeading,
    Notice,
    MatRadioGroup,
    MatRadioButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatHint,
    MatError,
    MatButton,
    RouterLink,
    SandboxDeliveryHint,
  ],
  templateUrl: './add-client-page.html',
  styleUrls: ['../portfolio-layout.scss', './add-client-page.scss'],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddClientPage {
  private readonly api = inject(PortfolioApi);
  private readonly router = inject(Router);
  private readonly focusFirstFieldInError = injectFocusFirstInvalid();
  private readonly request = new RequestState();

  protected readonly portfolioUrl = PORTFOLIO_URL;
  protected readonly liveErrors = {
    siren: completeAt(9, /^\d*$/),
    // Corsica's departments are 2A and 2B.
    nir: completeAt(15, /^[\dAB]*$/i),
    tiNumber: completeAt(11, /^\d*$/),
  };
  protected readonly form = new FormGroup({
    kind: new FormControl<ContributorKind>('entreprise', { nonNullable: true }),
    siren: new FormControl('', { nonNullable: true, validators: domainValidator(validateSiren) }),
    // Disabled while not asked for: a disabled control neither validates nor blocks the form.
    nir: new FormControl(
      { value: '', disabled: true },
      { nonNullable: true, validators: domainValidator(validateNir) },
    ),
    tiNumber: new FormControl(
      { value: '', disabled: true },
      { nonNullable: true, validators: domainValidator(validateTiNumber) },
    ),
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  protected readonly refusal = signal<Refusal | null>(null);

  constructor() {
    const { kind, siren, nir, tiNumber } = this.form.controls;
    kind.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      const isBusiness = value === 'entreprise';
      for (const [control, asked] of [
        [siren, isBusiness],
        [nir, !isBusiness],
        [tiNumber, !isBusiness],
      ] as const) {
        if (asked) {
          control.enable();
        } else {
          control.disable();
        }
      }
    });
    // The refusal was about the values sent: it no longer holds once they change.
    merge(kind.valueChanges, siren.valueChanges, nir.valueChanges, tiNumber.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.refusal.set(null));
  }

  protected message(field: IdentifierField): string | null {
    return errorMessageOf(this.form.controls[field]);
  }

  protected async add(): Promise<void> {
    const request = this.requestOf();
    if (!request || this.pending()) {
      this.form.markAllAsTouched();
      this.focusFirstFieldInError();
      return;
    }
    this.refusal.set(null);
    const outcome = await this.request.run(this.api.addClient(request));
    if (outcome.ok) {
      await this.router.navigateByUrl(finaliseUrlOf(outcome.value.id), {
        state: { [CLIENT_ADDED_STATE]: outcome.value.id },
      });
    } else {
      this.refused(outcome.error, request);
    }
  }

  /** The request the form describes, normalised by the domain rules; null while a field is wrong. */
  private requestOf(): AddClientRequest | null {
    const { kind, siren, nir, tiNumber } = this.form.getRawValue();
    if (kind === 'entreprise') {
      const validSiren = validateSiren(siren);
      return validSiren.valid ? { kind, siren: validSiren.value } : null;
    }
    const validNir = validateNir(nir);
    const validTiNumber = validateTiNumber(tiNumber);
    return validNir.valid && validTiNumber.valid ? { kind, nir: validNir.value, tiNumber: validTiNumber.value } : null;
  }

  private refused(error: unknown, request: AddClientRequest): void {
    const { status, reason } = refusalOf(error);
    if (status === 400) {
      const fields = Object.entries(fieldErrorsOf(error)).filter(([field]) => this.isAskedField(field));
      for (const [field, message] of fields) {
        showServerError(this.form.controls[field as IdentifierField], message);
      }
      if (fields.length > 0) {
        this.focusFirstFieldInError();
        return;
      }
    }
    if (status === 404 || status === 409) {
      const search = request.kind === 'entreprise' ? { recherche: request.siren } : {};
      this.refusal.set({
        message: describeApiError(error),
        inPortfolio: reason === 'already-in-portfolio' ? search : null,
      });
      return;
    }
    this.failure.set(describeApiError(error));
  }

  private isAskedField(field: string): field is IdentifierField {
    return (field === 'siren' || field === 'nir' || field === 'tiNumber') && this.form.controls[field].enabled;
  }
}
