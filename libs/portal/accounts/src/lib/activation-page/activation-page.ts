import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { FIRM_ROLE_LABELS, type LinkRefusal } from '@portail/domain';
import {
  RequestState,
  describeApiError,
  fieldErrorsOf,
  httpStatusOf,
  linkRefusalOf,
  showServerError,
} from '@portail/portal-forms';
import { NewPasswordFields, createNewPasswordForm } from '@portail/portal-identity/fields';
import { Notice, PageHeading } from '@portail/portal-ui';
import { of } from 'rxjs';
import { AccountsApi } from '../accounts-api';
import { fullNameOf } from '../accounts-links';

const MISSING_TOKEN: LinkRefusal = {
  statusCode: 410,
  message:
    "Ce lien d'activation n'est pas complet : ouvrez le lien du courriel reçu, ou demandez un nouveau lien à l'administrateur de votre cabinet.",
  reason: 'unknown',
};

/**
 * The link of the activation e-mail (public: the person has no password yet). The link is checked
 * first, so that an expired one (24 hours) is said before anything is typed; then the person
 * chooses their password, with the 8-character rule's live criteria.
 */
@Component({
  selector: 'pt-activation-page',
  imports: [ReactiveFormsModule, PageHeading, Notice, MatButton, RouterLink, NewPasswordFields],
  templateUrl: './activation-page.html',
  styleUrl: '../accounts-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivationPage {
  /** From the e-mail's link: `?jeton=`; `?token=` as the portal's other links. */
  readonly jeton = input<string>();
  readonly token = input<string>();

  private readonly api = inject(AccountsApi);
  private readonly request = new RequestState();
  private readonly linkToken = computed(() => this.jeton() || this.token() || '');

  protected readonly roleLabels = FIRM_ROLE_LABELS;
  protected readonly fullNameOf = fullNameOf;
  protected readonly invitation = rxResource({
    params: () => this.linkToken(),
    // No token: nothing to ask the API, the page says so.
    stream: ({ params: token }) => (token ? this.api.checkActivation(token) : of(null)),
  });
  protected readonly newPassword = createNewPasswordForm();
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  protected readonly activated = signal(false);
  /** A refusal of the link on submit (it expired while the person was typing). */
  private readonly refusedOnSubmit = signal<LinkRefusal | null>(null);

  protected readonly refusal = computed<LinkRefusal | null>(() => {
    if (this.refusedOnSubmit()) {
      return this.refusedOnSubmit();
    }
    if (!this.linkToken()) {
      return MISSING_TOKEN;
    }
    return linkRefusalOf(this.invitation.error());
  });
  protected readonly checkFailure = computed(() => {
    const error = this.invitation.error();
    return error && !linkRefusalOf(error) ? describeApiError(error) : null;
  });

  protected async activate(): Promise<void> {
    const token = this.linkToken();
    if (!this.newPassword.ready() || this.pending() || !token) {
      return;
    }
    const password = this.newPassword.group.controls.password;
    const outcome = await this.request.run(this.api.activate({ token, password: password.value }));
    if (outcome.ok) {
      this.activated.set(true);
      return;
    }
    const refusal = linkRefusalOf(outcome.error);
    if (refusal) {
      this.refusedOnSubmit.set(refusal);
      return;
    }
    const message =
      httpStatusOf(outcome.error) === 400
        ? (fieldErrorsOf(outcome.error)['password'] ?? describeApiError(outcome.error))
        : describeApiError(outcome.error);
    if (httpStatusOf(outcome.error) === 400) {
      showServerError(password, message);
    }
    this.failure.set(message);
  }
}
