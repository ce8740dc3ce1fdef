import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MESSAGING_TEXTS } from '@portail/domain';
import { describeApiError } from '@portail/portal-forms';
import { SessionStore } from '@portail/portal-identity';
import { Notice, PageHeading, formatDateTime } from '@portail/portal-ui';
import { MessagingApi } from '../messaging-api';
import { NEW_THREAD_URL, SPACE_SIDE_LABELS, countOf, threadUrlOf } from '../messaging-links';

/**
 * « Messagerie » of the current space: its latest exchanges with the Urssaf, the unread ones marked
 * in words, and the contact channels (the seed's FAQ wording). A collaborator without the
 * « messagerie » right reads the API's 403 sentence; the contact channels stay.
 */
@Component({
  selector: 'pt-messaging-page',
  imports: [PageHeading, Notice, MatButton, RouterLink],
  templateUrl: './messaging-page.html',
  styleUrl: './messaging-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessagingPage {
  private readonly api = inject(MessagingApi);
  private readonly session = inject(SessionStore);

  protected readonly texts = MESSAGING_TEXTS;
  protected readonly newThreadUrl = NEW_THREAD_URL;
  protected readonly sideLabels = SPACE_SIDE_LABELS;
  protected readonly threadUrlOf = threadUrlOf;
  protected readonly countOf = countOf;
  protected readonly formatDateTime = formatDateTime;
  protected readonly spaceName = computed(() => this.session.currentSpace()?.name ?? null);

  protected readonly threads = rxResource({ stream: () => this.api.getThreads() });
  protected readonly loadError = computed(() => {
    const error = this.threads.error();
    return error ? describeApiError(error) : null;
  });
}
