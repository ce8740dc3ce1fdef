import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { OutboundMessageKind } from '@portail/domain';
import { describeApiError } from '../api-error';
import { ErrorNotice } from '../error-notice/error-notice';
import { MAILBOX_WORDING, RECIPIENT_QUERY_PARAM } from '../mailbox-wording';
import { SandboxApi } from '../sandbox-api';
import { MessageView } from './message-view';

/** `bac-a-sable/courriels/:id` and `bac-a-sable/courrier/:id`. */
@Component({
  selector: 'pt-message-page',
  imports: [RouterLink, ErrorNotice, MessageView],
  templateUrl: './message-page.html',
  styleUrl: './message-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessagePage {
  /** From the route's data. */
  readonly kind = input.required<OutboundMessageKind>();
  /** From the route's `:id`. */
  readonly id = input.required<string>();

  private readonly api = inject(SandboxApi);

  protected readonly wording = computed(() => MAILBOX_WORDING[this.kind()]);
  protected readonly message = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.api.getMessage(id),
  });
  protected readonly loadError = computed(() => {
    const error = this.message.error();
    return error ? describeApiError(error) : null;
  });
  /** Back to the list, on this message's recipient. */
  protected readonly backQueryParams = computed(() =>
    this.message.hasValue() ? { [RECIPIENT_QUERY_PARAM]: this.message.value().recipient } : {},
  );
}
