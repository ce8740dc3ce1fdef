import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { OutboundMessageDetail, ResendResult } from '@portail/domain';
import { RequestState } from '@portail/portal-forms';
import { describeApiError } from '../api-error';
import { MAILBOX_WORDING } from '../mailbox-wording';
import { SandboxApi } from '../sandbox-api';

/**
 * The Formateur's actions on one message: « Renvoyer » an e-mail whose link the product can send
 * again (what the product's own button does), « Marquer comme perdu » a letter.
 */
@Component({
  selector: 'pt-trainer-actions',
  imports: [MatButton, RouterLink],
  template: `
    @if (message().resendable || (message().kind === 'letter' && !message().lost)) {
      <section class="trainer-actions" aria-labelledby="actions-formateur">
        <h2 id="actions-formateur">Actions du formateur</h2>
        @if (message().resendable) {
          <button matButton="filled" type="button" [disabled]="pending()" (click)="resend()">Renvoyer</button>
        }
        @if (message().kind === 'letter' && !message().lost) {
          <button matButton="outlined" type="button" [disabled]="pending()" (click)="markLost()">
            Marquer comme perdu
          </button>
        }
      </section>
    }
    <div role="status">
      @if (resent(); as resent) {
        <p class="trainer-actions__done">
          {{ resent.message }}
          <a [routerLink]="[emailPath, resent.newMessageId]">Ouvrir le nouveau courriel</a>
        </p>
      }
    </div>
    <div role="alert">
      @if (failure(); as failure) {
        <p class="trainer-actions__failure">{{ failure }}</p>
      }
    </div>
  `,
  styleUrl: './trainer-actions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainerActions {
  readonly message = input.required<OutboundMessageDetail>();
  /** The message as the API now has it: marked lost, or with its link replaced by the resend. */
  readonly changed = output<OutboundMessageDetail | null>();

  private readonly api = inject(SandboxApi);
  private readonly request = new RequestState();

  protected readonly emailPath = MAILBOX_WORDING.email.path;
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  protected readonly resent = signal<ResendResult | null>(null);

  protected async resend(): Promise<void> {
    this.resent.set(null);
    const outcome = await this.request.run(this.api.resendMessage(this.message().id));
    if (outcome.ok) {
      this.resent.set(outcome.value);
      // This message's link is now « remplacé »: the page reads it again.
      this.changed.emit(null);
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }

  protected async markLost(): Promise<void> {
    const outcome = await this.request.run(this.api.markLetterLost(this.message().id));
    if (outcome.ok) {
      this.changed.emit(outcome.value);
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
