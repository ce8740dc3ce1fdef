import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { MessageSide, ThreadMessage } from '@portail/domain';
import { formatDateTime } from '@portail/portal-ui';

/** The messages of a conversation, oldest first: who (side and person), when, what. */
@Component({
  selector: 'pt-thread-history',
  template: `
    <ol class="messages" aria-label="Messages de la conversation">
      @for (message of messages(); track message.id) {
        <li class="message" [class.message--urssaf]="message.side === 'urssaf'">
          <p class="message__header">
            <strong class="message__side">{{ sideLabels()[message.side] }}</strong> — {{ message.authorName }}, le
            <time [attr.datetime]="message.sentAt">{{ formatDateTime(message.sentAt) }}</time>
          </p>
          <p class="message__body">{{ message.body }}</p>
        </li>
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
    }
    .messages {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .message {
      max-width: 48rem;
      padding: 1rem 1.25rem;
      border: 1px solid #dddddd;
      border-left: 4px solid var(--pt-ink-muted);
    }
    .message + .message {
      margin-top: 1rem;
    }
    .message--urssaf {
      border-left-color: var(--pt-blue);
      background: var(--pt-blue-tint);
    }
    .message__header {
      margin: 0 0 0.5rem;
      color: var(--pt-ink-muted);
      font-size: 0.9375rem;
    }
    .message__side {
      color: var(--pt-ink);
    }
    /* As typed, line breaks included; never HTML. */
    .message__body {
      margin: 0;
      line-height: 1.6;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThreadHistory {
  readonly messages = input.required<readonly ThreadMessage[]>();
  /** « Vous » / « Votre Urssaf » for the space; the space's name / « Urssaf » for the Conseiller. */
  readonly sideLabels = input.required<Record<MessageSide, string>>();

  protected readonly formatDateTime = formatDateTime;
}
