import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { formatSecurityCode, isSecurityCodeShape, normaliseSecurityCode } from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { refusalOf } from '../api-refusal';
import { AttachmentStatusBadge } from '../attachment-status/attachment-status';
import { confirmClientDeletion } from '../delete-client-dialog/delete-client-dialog';
import { PortfolioApi } from '../portfolio-api';
import { ADD_CLIENT_URL, PORTFOLIO_URL, clientIdentifierOf, cotisationsUrlOf } from '../portfolio-client';
import {
  ATTACHMENT_FINALISED_MESSAGE,
  CLIENT_ADDED_MESSAGE,
  CLIENT_ADDED_STATE,
  READD_PROCEDURE,
} from '../portfolio-wording';
import { SandboxDeliveryHint } from '../sandbox-delivery-hint/sandbox-delivery-hint';
import { createProofForm, proofRequestOf } from './proof-form';
import { injectFocusFirstInvalid, formFieldDefaults, RequestState, describeApiError, errorMessageOf, httpStatusOf, injectHistoryState } from '@portail/portal-forms';

/**
 * « Finaliser le rattachement » of a pending client: the answers to its two secret questions, or
 * the security code of the letter. Five wrong proofs and the attachment is « bloqué »: the client
 * is then deleted and added again, which posts a new code.
 */
@Component({
  selector: 'pt-finalise-attachment-page',
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
    AttachmentStatusBadge,
    SandboxDeliveryHint,
  ],
  templateUrl: './finalise-attachment-page.html',
  styleUrls: ['../portfolio-layout.scss', './finalise-attachment-page.scss'],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FinaliseAttachmentPage {
  /** The route's `:clientId`, the attachment's id. */
  readonly clientId = input.required<string>();

  private readonly api = inject(PortfolioApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly focusFirstFieldInError = injectFocusFirstInvalid();
  private readonly addedClientId = injectHistoryState(CLIENT_ADDED_STATE);
  private readonly request = new RequestState();
  private readonly outcome = viewChild<ElementRef<HTMLElement>>('outcome');

  protected readonly portfolioUrl = PORTFOLIO_URL;
  protected readonly clientAddedMessage = CLIENT_ADDED_MESSAGE;
  protected readonly finalisedMessage = ATTACHMENT_FINALISED_MESSAGE;
  protected readonly readdProcedure = READD_PROCEDURE;
  protected readonly identifierOf = clientIdentifierOf;
  protected readonly cotisationsUrlOf = cotisationsUrlOf;

  protected readonly loaded = rxResource({
    params: () => this.clientId(),
    stream: ({ params }) => this.api.getClient(params),
  });
  /** The client as last known: as loaded, then as each answer of the API left it. */
  protected readonly client = linkedSignal(() => (this.loaded.hasValue() ? this.loaded.value() : null));
  protected readonly notFound = computed(() => httpStatusOf(this.loaded.error()) === 404);
  protected readonly loadError = computed(() => {
    const error = this.loaded.error();
    return error && !this.notFound() ? describeApiError(error) : null;
  });
  /** Just added by « Ajouter un client »: the e-mail and the letter are on their way. */
  protected readonly justAdded = computed(() => this.addedClientId === this.clientId());
  /** Finalised on this visit (rather than found already attached). */
  protected readonly finalised = signal(false);
  /** The API's sentence for a 409: locked or already attached meanwhile. */
  protected readonly conflict = signal<string | null>(null);

  protected readonly form = createProofForm();
  protected readonly method = toSignal(this.form.controls.method.valueChanges, {
    initialValue: this.form.controls.method.value,
  });
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;

  protected question(index: 0 | 1): string {
    return this.client()?.secretQuestions[index] ?? `Question secrète ${index + 1}`;
  }

  protected message(control: 'first' | 'second' | 'code'): string | null {
    return errorMessageOf(control === 'code' ? this.form.controls.code : this.form.controls.answers.controls[control]);
  }

  /** Shows the code as printed on the letter once it is complete. */
  protected tidyCode(): void {
    const code = normaliseSecurityCode(this.form.controls.code.value);
    if (isSecurityCodeShape(code)) {
      this.form.controls.code.setValue(formatSecurityCode(code));
    }
  }

  protected async finalise(): Promise<void> {
    const client = this.client();
    if (!client || this.pending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstFieldInError();
      return;
    }
    const outcome = await this.request.run(this.api.finalise(client.id, proofRequestOf(this.form)));
    if (outcome.ok) {
      this.client.set(outcome.value);
      this.finalised.set(true);
      this.focusOutcome();
    } else {
      this.refused(outcome.error);
    }
  }

  protected async deleteAndAddAgain(): Promise<void> {
    const client = this.client();
    if (client && (await confirmClientDeletion(this.dialog, client))) {
      await this.router.navigateByUrl(ADD_CLIENT_URL);
    }
  }

  private refused(error: unknown): void {
    const { status, reason, triesLeft } = refusalOf(error);
    const message = describeApiError(error);
    if (status === 400 && reason === 'wrong-proof' && triesLeft !== null && triesLeft > 0) {
      // One sentence whichever answer was wrong: the API does not say which.
      this.client.update((client) => client && { ...client, triesLeft });
      this.failure.set(message);
    } else if ((status === 409 && reason === 'locked') || reason === 'wrong-proof') {
      // The last try was wrong (no try left), or the attachment was already « bloqué ».
      this.client.update((client) => client && { ...client, status: 'bloque', triesLeft: 0 });
      this.client.update((client) => client && { ...client, status: 'bloque', triesLeft: 0 });
      this.conflict.set(message);
      this.focusOutcome();
    } else if (status === 409 && reason === 'not-pending') {
      this.client.update((client) => client && { ...client, status: 'rattache', secretQuestions: [] });
      this.conflict.set(message);
      this.focusOutcome();
    } else {
      this.failure.set(message);
    }
  }

  /** The form is replaced by the outcome: the focus follows, so that it is read. */
  private focusOutcome(): void {
    afterNextRender(() => this.outcome()?.nativeElement.focus(), { injector: this.injector });
  }
}
