import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, type ValidatorFn } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  ATTACHMENT_STATUS_LABELS,
  type AttachmentStatus,
  type FirmAccount,
  type TransferPreview,
  type TransferResult,
} from '@portail/domain';
import {
  RequestState,
  describeApiError,
  errorMessageOf,
  formFieldDefaults,
  httpStatusOf,
  requiredValue,
  showServerError,
} from '@portail/portal-forms';
import { SessionStore } from '@portail/portal-identity';
import { PasswordField } from '@portail/portal-identity/fields';
import { Notice, PageHeading } from '@portail/portal-ui';
import { accountListResource } from '../account-list';
import { AccountsApi } from '../accounts-api';
import {
  ACCOUNTS_URL,
  ADD_ACCOUNT_URL,
  accountUrlOf,
  clientCount,
  clientCountDone,
  fullNameOf,
  statusLabelOf,
} from '../accounts-links';

const STATUSES = Object.keys(ATTACHMENT_STATUS_LABELS) as AttachmentStatus[];

/** The new administrator cannot be the former one. */
const differentFromSource: ValidatorFn = (control) => {
  const from = control.parent?.get('from')?.value as string | null | undefined;
  return from && control.value === from
    ? { same: { message: 'Choisissez un autre administrateur que celui qui part.' } }
    : null;
};

/**
 * « Transférer le portefeuille », the FAQ's change of responsible person: every client of the
 * former administrator, pending attachments included, moves at once to the new one. The detail is
 * shown before anything moves, and the person confirming types their password again.
 */
@Component({
  selector: 'pt-transfer-page',
  imports: [
    ReactiveFormsModule,
    PageHeading,
    Notice,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSelect,
    MatOption,
    MatButton,
    RouterLink,
    PasswordField,
  ],
  templateUrl: './transfer-page.html',
  styleUrls: ['../accounts-layout.scss', './transfer-page.scss'],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TransferPage {
  /** `?depuis=<personId>`: from an administrator's page, that administrator is the former one. */
  readonly depuis = input<string>();

  private readonly api = inject(AccountsApi);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly session = inject(SessionStore);
  private readonly previewRequest = new RequestState();
  private readonly transferRequest = new RequestState();

  protected readonly accountsUrl = ACCOUNTS_URL;
  protected readonly addAdministratorUrl = ADD_ACCOUNT_URL;
  protected readonly statuses = STATUSES;
  protected readonly statusLabels = ATTACHMENT_STATUS_LABELS;
  protected readonly accountUrlOf = accountUrlOf;
  protected readonly fullNameOf = fullNameOf;
  protected readonly clientCount = clientCount;
  protected readonly clientCountDone = clientCountDone;

  private readonly accounts = accountListResource();
  protected readonly list = this.accounts.list;
  protected readonly listFailure = this.accounts.failure;
  protected readonly administrators = computed(() =>
    this.list.hasValue() ? this.list.value().accounts.filter((account) => account.role === 'administrateur') : [],
  );

  protected readonly form = new FormGroup({
    from: new FormControl<string | null>(null, {
      validators: requiredValue('Choisissez l’administrateur dont le portefeuille est transféré.'),
    }),
    to: new FormControl<string | null>(null, {
      validators: [requiredValue('Choisissez le nouvel administrateur.'), differentFromSource],
    }),
  });
  protected readonly password = new FormControl('', {
    nonNullable: true,
    validators: requiredValue('Saisissez votre mot de passe pour confirmer le transfert.'),
  });
  protected readonly confirmation = new FormGroup({ password: this.password });

  protected readonly preview = signal<TransferPreview | null>(null);
  protected readonly previewPending = this.previewRequest.pending;
  protected readonly previewFailure = this.previewRequest.failure;
  protected readonly transferPending = this.transferRequest.pending;
  protected readonly transferFailure = this.transferRequest.failure;
  protected readonly result = signal<{ preview: TransferPreview; result: TransferResult } | null>(null);

  constructor() {
    const { from, to } = this.form.controls;
    from.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => to.updateValueAndValidity({ emitEvent: false }));
    // Another choice makes the detail shown a lie: it is asked for again.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.preview.set(null);
      this.previewFailure.set(null);
    });
    // The former administrator: the one whose page led here, else oneself (handing over one's own
    // portfolio is the usual case), once the administrators are known.
    effect(() => {
      const depuis = this.depuis();
      const self = this.session.session()?.person.id;
      const wanted = this.administrators().find((account) => account.personId === (depuis ?? self));
      if (wanted && (depuis || untracked(() => from.value) === null)) {
        untracked(() => from.setValue(wanted.personId));
      }
    });
  }

  /** An administrator who handed over their own portfolio cannot deactivate themselves. */
  protected isSelf(account: FirmAccount): boolean {
    return this.session.session()?.person.id === account.personId;
  }

  protected message(field: 'from' | 'to'): string | null {
    return errorMessageOf(this.form.controls[field]);
  }

  protected passwordMessage(): string | null {
    return errorMessageOf(this.password);
  }

  protected optionLabelOf(account: FirmAccount): string {
    const status = account.status === 'actif' ? '' : `, ${statusLabelOf(account).toLowerCase()}`;
    return `${fullNameOf(account)} (${clientCount(account.clients)}${status})`;
  }

  /** « Voir le détail du transfert » */
  protected async showPreview(): Promise<void> {
    const { from, to } = this.form.getRawValue();
    if (this.form.invalid || !from || !to) {
      this.form.markAllAsTouched();
      this.focusAfterRender('.mat-form-field-invalid mat-select');
      return;
    }
    this.result.set(null);
    const outcome = await this.previewRequest.run(this.api.previewTransfer(from, to));
    if (outcome.ok) {
      this.preview.set(outcome.value);
      this.password.reset();
      this.focusAfterRender('#detail-titre');
    } else {
      this.previewFailure.set(describeApiError(outcome.error));
    }
  }

  /** « Confirmer le transfert »: 403 is a wrong password, 409 a transfer the API refuses. */
  protected async confirm(preview: TransferPreview): Promise<void> {
    if (this.password.invalid) {
      this.password.markAsTouched();
      this.focusAfterRender('pt-password-field input');
      return;
    }
    if (this.transferPending()) {
      return;
    }
    const outcome = await this.transferRequest.run(
      this.api.transfer({ from: preview.from.personId, to: preview.to.personId, password: this.password.value }),
    );
    if (outcome.ok) {
      this.result.set({ preview, result: outcome.value });
      this.preview.set(null);
      this.list.reload();
      this.focusAfterRender('#resultat-titre');
      return;
    }
    const message = describeApiError(outcome.error);
    if (httpStatusOf(outcome.error) === 403) {
      showServerError(this.password, message);
      this.focusAfterRender('pt-password-field input');
    } else {
      this.transferFailure.set(message);
    }
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
