import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import {
  type Civility,
  type CreateAccountRequest,
  type FirmAccount,
  type FirmRole,
  normalizeEmail,
  validateEmail,
} from '@portail/domain';
import {
  RequestState,
  describeApiError,
  domainValidator,
  errorMessageOf,
  fieldErrorsOf,
  formFieldDefaults,
  httpStatusOf,
  injectFocusFirstInvalid,
  requiredValue,
  showServerError,
} from '@portail/portal-forms';
import { CivilityFieldset, SandboxMailboxHint } from '@portail/portal-identity/fields';
import { Notice, PageHeading, formatDateTime } from '@portail/portal-ui';
import { AccountsApi } from '../accounts-api';
import { ACCOUNTS_URL, ADD_ACCOUNT_URL, TRANSFER_URL, accountUrlOf, fullNameOf } from '../accounts-links';
import { RightsFieldset, createRightsGroup, rightsOf } from '../rights-fieldset/rights-fieldset';
import { GuideStep } from '@portail/portal-sandbox';

type PersonField = 'civility' | 'firstName' | 'lastName' | 'email';

/**
 * « Ajouter un compte », in the FAQ's order: the role, the rights (a collaborator's), the fields.
 * The API writes the invited account and e-mails the activation link (24 hours); this page then
 * says so and, for a collaborator, leads on to « vous pouvez lui attribuer un portefeuille clients ».
 */
@Component({
  selector: 'pt-add-account-page',
  imports: [
    ReactiveFormsModule,
    PageHeading,
    Notice,
    MatRadioGroup,
    MatRadioButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    MatButton,
    RouterLink,
    RightsFieldset,
    CivilityFieldset,
    SandboxMailboxHint,
    GuideStep,
  ],
  templateUrl: './add-account-page.html',
  styleUrls: ['../accounts-layout.scss', './add-account-page.scss'],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddAccountPage {
  /** `?role=administrateur`: the change of responsible person starts with a new administrator. */
  readonly role = input<string>();

  private readonly api = inject(AccountsApi);
  private readonly injector = inject(Injector);
  private readonly focusFirstInvalid = injectFocusFirstInvalid();
  private readonly request = new RequestState();
  private readonly rightsFieldset = viewChild(RightsFieldset);
  private readonly confirmation = viewChild<ElementRef<HTMLElement>>('confirmation');

  protected readonly accountsUrl = ACCOUNTS_URL;
  protected readonly addAccountUrl = ADD_ACCOUNT_URL;
  protected readonly transferUrl = TRANSFER_URL;
  protected readonly accountUrlOf = accountUrlOf;
  protected readonly fullNameOf = fullNameOf;
  protected readonly formatDateTime = formatDateTime;

  protected readonly roleControl = new FormControl<FirmRole>('collaborateur', { nonNullable: true });
  protected readonly rights = createRightsGroup();
  protected readonly person = new FormGroup({
    civility: new FormControl<Civility | null>(null, { validators: requiredValue('Indiquez la civilité.') }),
    firstName: new FormControl('', { nonNullable: true, validators: requiredValue('Le prénom est obligatoire.') }),
    lastName: new FormControl('', { nonNullable: true, validators: requiredValue('Le nom est obligatoire.') }),
    email: new FormControl('', { nonNullable: true, validators: domainValidator(validateEmail) }),
  });
  protected readonly form = new FormGroup({ role: this.roleControl, rights: this.rights, person: this.person });
  protected readonly chosenRole = toSignal(this.roleControl.valueChanges, { initialValue: this.roleControl.value });

  protected readonly submitted = signal(false);
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  /** The account just created: the page turns into its confirmation. */
  protected readonly created = signal<FirmAccount | null>(null);

  constructor() {
    // An administrator holds every right: the checkboxes are not asked for, nor validated.
    this.roleControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((role) => (role === 'administrateur' ? this.rights.disable() : this.rights.enable()));
    effect(() => {
      if (this.role() === 'administrateur') {
        untracked(() => this.roleControl.setValue('administrateur'));
      }
    });
  }

  protected message(field: PersonField): string | null {
    return errorMessageOf(this.person.controls[field]);
  }

  protected async add(): Promise<void> {
    this.submitted.set(true);
    if (this.pending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusOnFirstError();
      return;
    }
    const { civility, firstName, lastName, email } = this.person.getRawValue();
    const request: CreateAccountRequest = {
      role: this.roleControl.value,
      civility: civility as Civility,
      firstName: firstName.trim(),
      lastName: lastName.trim(),
      email: normalizeEmail(email),
      rights: this.roleControl.value === 'collaborateur' ? rightsOf(this.rights) : [],
    };
    const outcome = await this.request.run(this.api.createAccount(request));
    if (outcome.ok) {
      this.created.set(outcome.value);
      afterNextRender(() => this.confirmation()?.nativeElement.focus(), { injector: this.injector });
    } else {
      this.refused(outcome.error);
    }
  }

  /** « Ajouter un autre compte »: the same page, emptied. */
  protected startAgain(): void {
    this.created.set(null);
    this.submitted.set(false);
    this.person.reset();
    this.rights.reset();
  }

  /** 400: each sentence under its field; 409: the e-mail address is already used by an account. */
  private refused(error: unknown): void {
    const status = httpStatusOf(error);
    const fields = fieldErrorsOf(error);
    if (status === 409 && Object.keys(fields).length === 0) {
      fields['email'] = describeApiError(error);
    }
    let shown = false;
    for (const [field, message] of Object.entries(fields)) {
      if (field === 'rights') {
        showServerError(this.rights, message);
        shown = true;
      } else if (field in this.person.controls) {
        showServerError(this.person.controls[field as PersonField], message);
        shown = true;
      }
    }
    if (shown && (status === 400 || status === 409)) {
      this.focusOnFirstError();
    } else {
      this.failure.set(describeApiError(error));
    }
  }

  private focusOnFirstError(): void {
    if (this.rights.enabled && this.rights.invalid) {
      afterNextRender(() => this.rightsFieldset()?.focusFirst(), { injector: this.injector });
    } else {
      this.focusFirstInvalid();
    }
  }
}
