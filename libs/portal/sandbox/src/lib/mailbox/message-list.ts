import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { OutboundMessageKind, OutboundMessageSummary } from '@portail/domain';
import { formatDateTime } from '@portail/portal-ui';
import { describeApiError } from '../api-error';
import { ErrorNotice } from '../error-notice/error-notice';
import { MAILBOX_WORDING } from '../mailbox-wording';
import { SandboxApi } from '../sandbox-api';

export const MESSAGES_PAGE_SIZE = 20;

interface MessageQuery {
  kind: OutboundMessageKind;
  recipient: string;
  refreshKey: number;
}

/** The pages fetched with « Afficher les messages plus anciens », after the first one. */
interface OlderPages {
  items: OutboundMessageSummary[];
  /** undefined until an older page was fetched: the first page's cursor applies. */
  nextCursor: string | null | undefined;
  loading: boolean;
  error: string | null;
}

const NO_OLDER_PAGES: OlderPages = { items: [], nextCursor: undefined, loading: false, error: null };

/** The right column of a mailbox: one recipient's messages, newest first. */
@Component({
  selector: 'pt-message-list',
  imports: [RouterLink, MatButton, ErrorNotice],
  templateUrl: './message-list.html',
  styleUrl: './message-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageList {
  readonly kind = input.required<OutboundMessageKind>();
  readonly recipient = input.required<string>();
  /** Changing it fetches the list again from the newest message. */
  readonly refreshKey = input(0);

  private readonly api = inject(SandboxApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly wording = computed(() => MAILBOX_WORDING[this.kind()]);
  protected readonly formatDateTime = formatDateTime;

  private readonly query = computed<MessageQuery>(
    () => ({ kind: this.kind(), recipient: this.recipient(), refreshKey: this.refreshKey() }),
    {
      equal: (a, b) => a.kind === b.kind && a.recipient === b.recipient && a.refreshKey === b.refreshKey,
    },
  );

  protected readonly firstPage = rxResource({
    params: this.query,
    stream: ({ params: { kind, recipient } }) =>
      this.api.getMessages({ kind, recipient, limit: MESSAGES_PAGE_SIZE }),
  });
  /** Starts over whenever another recipient (or kind) is shown. */
  protected readonly older = linkedSignal<MessageQuery, OlderPages>({
    source: this.query,
    computation: () => NO_OLDER_PAGES,
  });

  protected readonly firstPageError = computed(() => {
    const error = this.firstPage.error();
    return error ? describeApiError(error) : null;
  });
  protected readonly messages = computed(() => [
    ...(this.firstPage.hasValue() ? this.firstPage.value().items : []),
    ...this.older().items,
  ]);
  protected readonly nextCursor = computed(() => {
    const older = this.older();
    if (older.nextCursor !== undefined) {
      return older.nextCursor;
    }
    return this.firstPage.hasValue() ? this.firstPage.value().nextCursor : null;
  });

  protected loadOlderMessages(): void {
    const before = this.nextCursor();
    const query = this.query();
    const { kind, recipient } = query;
    if (!before || this.older().loading) {
      return;
    }
    this.older.update((older) => ({ ...older, loading: true, error: null }));
    this.api
      .getMessages({ kind, recipient, before, limit: MESSAGES_PAGE_SIZE })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          if (this.query() === query) {
            this.older.update((older) => ({
              items: [...older.items, ...page.items],
              nextCursor: page.nextCursor,
              loading: false,
              error: null,
            }));
          }
        },
        error: (error: unknown) => {
          if (this.query() === query) {
            this.older.update((older) => ({ ...older, loading: false, error: describeApiError(error) }));
          }
        },
      });
  }
}
