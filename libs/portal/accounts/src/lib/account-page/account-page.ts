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
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { FIRM_ROLE_LABELS, type AssignmentResult, type FirmAccount } from '@portail/domain';
import { RequestState, describeApiError, fieldErrorsOf } from '@portail/portal-forms';
import { SessionStore } from '@portail/portal-identity';
import { SandboxMailboxHint } from '@portail/portal-identity/fields';
import { Notice, PageHeading, formatDateTime } from '@portail/portal-ui';
import { AccountStatus } from '../account-status/account-status';
import { AccountsApi } from '../accounts-api';
import { ACCOUNTS_URL, ACTIVATION_DEADLINE, TRANSFER_URL, clientCount, fullNameOf } from '../accounts-links';
import { RightsFieldset, createRightsGroup, rightsOf } from '../rights-fieldset/rights-fieldset';
import { AssignClients } from './assign-clients';
import { CollaboratorDeparture } from './collaborator-departure';
import { CorrectEmail } from './correct-email';
import { confirmDeactivation } from './deactivate-account-dialog';
import { SubPortfolio } from './sub-portfolio';

/** The fragment of « Attribuer un portefeuille clients », after « Ajouter un compte ». */
const ASSIGN_FRAGMENT = 'attribuer';

/** One account of the space: its activation link, its rights, its sub-portfolio, the end of its access. */
@Component({
  selector: 'pt-account-page',
  imports: [
    ReactiveFormsModule,
    PageHeading,
    Notice,
    MatButton,
    RouterLink,
    SandboxMailboxHint,
    AccountStatus,
    RightsFieldset,
    SubPortfolio,
    AssignClients,
    CollaboratorDeparture,
    CorrectEmail,
  ],
  templateUrl: './account-page.html',
  styleUrls: ['../accounts-layout.scss', './account-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  /** The route's `:personId`. */
  readonly personId = input.required<string>();

  private readonly api = inject(AccountsApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly session = inject(SessionStore);
  private readonly subPortfolio = viewChild(SubPortfolio);
  private readonly assignClients = viewChild(AssignClients);
  private readonly assignToggle = viewChild('assignToggle', { read: ElementRef<HTMLButtonElement> });
  private readonly linkRequest = new RequestState();
  private readonly rightsRequest = new RequestState();
  private readonly deactivationRequest = new RequestState();

  protected readonly accountsUrl = ACCOUNTS_URL;
  protected readonly transferUrl = TRANSFER_URL;
  protected readonly roleLabels = FIRM_ROLE_LABELS;
  protected readonly activationDeadline = ACTIVATION_DEADLINE;
  protected readonly formatDateTime = formatDateTime;
  protected readonly clientCount = clientCount;

  /** Read again when another account's page is opened from this one. */
  private readonly read = rxResource({
    params: () => this.personId(),
    stream: ({ params: personId }) => this.api.getAccount(personId),
  });
  private readonly loaded = computed(() => (this.read.hasValue() ? this.read.value() : null));
  /** As read, then as each action's answer leaves it. */
  protected readonly account = linkedSignal(() => this.loaded());
  protected readonly name = computed(() => {
    const account = this.account();
    return account ? fullNameOf(account) : '';
  });
  /** 404: not an account of this space; 403: not an administrator. The API's sentence either way. */
  protected readonly failure = computed(() => {
    const error = this.read.error();
    return error ? describeApiError(error) : null;
  });
  /** One cannot end one's own access (the API refuses it too). */
  protected readonly isSelf = computed(() => this.session.session()?.person.id === this.personId());

  protected readonly rights = createRightsGroup();
  protected readonly rightsSubmitted = signal(false);
  protected readonly rightsPending = this.rightsRequest.pending;
  protected readonly rightsFailure = this.rightsRequest.failure;
  protected readonly rightsSaved = signal<string | null>(null);

  protected readonly linkPending = this.linkRequest.pending;
  protected readonly linkFailure = this.linkRequest.failure;
  protected readonly linkSent = signal<FirmAccount | null>(null);

  /** Arrived by « Attribuer un portefeuille clients »: the focus waits on « Attribuer des clients ». */
  private readonly arrivedToAssign = inject(ActivatedRoute).snapshot.fragment === ASSIGN_FRAGMENT;
  protected readonly assignOpen = signal(false);
  protected readonly deactivated = signal<string | null>(null);
  protected readonly deactivationPending = this.deactivationRequest.pending;
  protected readonly deactivationFailure = this.deactivationRequest.failure;

  constructor() {
    // The checkboxes show the rights as read; the answers of later actions leave them alone.
    effect(() => {
      const account = this.loaded();
      if (account) {
        untracked(() => this.rights.reset(Object.fromEntries(account.rights.map((right) => [right, true]))));
      }
    });
    effect(() => {
      if (this.loaded() && this.arrivedToAssign) {
        // focus() also scrolls the button into view.
        afterNextRender(() => this.assignToggle()?.nativeElement.focus(), { injector: this.injector });
      }
    });
  }

  /** « Envoyer un nouveau lien »: the old link stops working. */
  protected async sendNewLink(account: FirmAccount): Promise<void> {
    if (this.linkPending()) {
      return;
    }
    this.linkSent.set(null);
    const outcome = await this.linkRequest.run(this.api.sendNewActivationLink(account.personId));
    if (outcome.ok) {
      this.account.set(outcome.value);
      this.linkSent.set(outcome.value);
    } else {
      this.linkFailure.set(describeApiError(outcome.error));
    }
  }

  /** The corrected address got a new link: the account is invited again, reachable. */
  protected emailCorrected(account: FirmAccount): void {
    this.linkSent.set(null);
    this.account.set(account);
  }

  /** Applies at once: the API checks the rights on each of the collaborator's requests. */
  protected async saveRights(account: FirmAccount): Promise<void> {
    this.rightsSubmitted.set(true);
    this.rightsSaved.set(null);
    if (this.rights.invalid || this.rightsPending()) {
      this.rights.markAllAsTouched();
      return;
    }
    const outcome = await this.rightsRequest.run(
      this.api.updateRights(account.personId, { rights: rightsOf(this.rights) }),
    );
    if (outcome.ok) {
      this.account.set(outcome.value);
      this.rights.markAsPristine();
      this.rightsSaved.set(
        `Les droits de ${fullNameOf(outcome.value)} sont enregistrés : ils s’appliquent dès sa prochaine action.`,
      );
    } else {
      this.rightsFailure.set(fieldErrorsOf(outcome.error)['rights'] ?? describeApiError(outcome.error));
    }
  }

  protected toggleAssign(): void {
    this.assignOpen.update((open) => !open);
  }

  protected clientsAssigned(result: AssignmentResult): void {
    this.account.update((account) => account && { ...account, clients: result.clients });
    this.subPortfolio()?.reload();
  }

  protected clientRemoved(): void {
    this.account.update((account) => account && { ...account, clients: Math.max(0, account.clients - 1) });
    this.assignClients()?.reload();
  }

  /** 409 for the last active administrator (or oneself): said in the section. */
  protected async deactivate(account: FirmAccount): Promise<void> {
    if (this.deactivationPending() || !(await confirmDeactivation(this.dialog, fullNameOf(account)))) {
      return;
    }
    const outcome = await this.deactivationRequest.run(this.api.deactivate(account.personId));
    if (outcome.ok) {
      this.account.set(outcome.value);
      this.assignOpen.set(false);
      this.deactivated.set(`Le compte de ${fullNameOf(outcome.value)} est désactivé : ses sessions ont pris fin.`);
    } else {
      this.deactivationFailure.set(describeApiError(outcome.error));
    }
  }
}
