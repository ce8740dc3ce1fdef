import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { MessageThread } from '@portail/domain';
import { describeApiError, injectHistoryState } from '@portail/portal-forms';
import { UnreadMessagesStore } from '@portail/portal-identity';
import { Notice, PageHeading } from '@portail/portal-ui';
import { tap } from 'rxjs';
import { MessagingApi } from '../messaging-api';
import { MESSAGING_URL, SPACE_SIDE_LABELS } from '../messaging-links';
import { SENT_STATE_KEY } from '../new-thread-page/new-thread-page';
import { ReplyForm } from '../reply-form/reply-form';
import { ThreadHistory } from '../thread-history/thread-history';

export const REPLY_SENT = 'Votre message a été envoyé à votre Urssaf.';

/**
 * A conversation of the space with its Urssaf: reading it marks it read (the API does), so the
 * header's count is read again; « Répondre » adds to it.
 */
@Component({
  selector: 'pt-thread-page',
  imports: [PageHeading, Notice, RouterLink, ThreadHistory, ReplyForm],
  templateUrl: './thread-page.html',
  styleUrl: './thread-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThreadPage {
  /** From the route's `:threadId`. */
  readonly threadId = input.required<string>();

  private readonly api = inject(MessagingApi);
  private readonly unreadMessages = inject(UnreadMessagesStore);

  protected readonly messagingUrl = MESSAGING_URL;
  protected readonly sideLabels = SPACE_SIDE_LABELS;
  /** « Envoyé » after « Nouveau message » (history state), then after each answer sent here. */
  protected readonly outcome = signal(injectHistoryState(SENT_STATE_KEY));

  private readonly read = rxResource({
    params: () => this.threadId(),
    stream: ({ params: threadId }) => this.api.getThread(threadId).pipe(tap(() => void this.unreadMessages.refresh())),
  });
  /** As read, then with the messages sent from this page. */
  protected readonly thread = linkedSignal<MessageThread | null>(() => (this.read.hasValue() ? this.read.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.read.error();
    return error ? describeApiError(error) : null;
  });

  protected readonly reply = (body: string) =>
    this.api.reply(this.threadId(), body).pipe(tap((thread) => this.thread.set(thread)));

  protected replied(): void {
    this.outcome.set(REPLY_SENT);
  }
}
