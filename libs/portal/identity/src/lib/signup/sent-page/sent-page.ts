import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Notice, PageHeading } from '@portail/portal-ui';
import { IdentityApi } from '../../identity-api';
import { SIGNUP_CAPTION, SIGNUP_STEPS } from '../signup-steps';
import { SignupStore } from '../signup-store';
import { SandboxMailboxHint } from '../../sandbox-mailbox-hint/sandbox-mailbox-hint';
import { describeApiError, RequestState, injectHistoryState } from '@portail/portal-forms';

/** Step 7: « un courriel de validation vous est envoyé à l'adresse que vous avez saisie ». */
@Component({
  selector: 'pt-sent-page',
  imports: [PageHeading, Notice, MatButton, RouterLink, SandboxMailboxHint],
  templateUrl: './sent-page.html',
  styleUrl: '../../identity-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SentPage {
  private readonly api = inject(IdentityApi);
  private readonly historyEmail = injectHistoryState('email');
  private readonly store = inject(SignupStore);

  protected readonly caption = SIGNUP_CAPTION;
  protected readonly step = SIGNUP_STEPS.sent.step;
  protected readonly email = computed(() => this.store.sentTo() ?? this.historyEmail);
  private readonly request = new RequestState();
  protected readonly pending = this.request.pending;
  protected readonly resent = signal(false);
  protected readonly failure = this.request.failure;

  protected async resend(): Promise<void> {
    const email = this.email();
    if (!email || this.pending()) {
      return;
    }
    this.resent.set(false);
    const outcome = await this.request.run(this.api.resendValidation({ email }));
    if (outcome.ok) {
      this.resent.set(true);
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
