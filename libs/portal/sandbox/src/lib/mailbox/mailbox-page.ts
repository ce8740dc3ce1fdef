import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute } from '@angular/router';
import type { OutboundMessageKind } from '@portail/domain';
import { map } from 'rxjs';
import { describeApiError } from '../api-error';
import { ErrorNotice } from '../error-notice/error-notice';
import { MAILBOX_WORDING, RECIPIENT_QUERY_PARAM } from '../mailbox-wording';
import { SandboxApi } from '../sandbox-api';
import { MessageList } from './message-list';
import { RecipientList } from './recipient-list';

/**
 * « Boîte de réception simulée » (kind email) and « Courrier simulé » (kind letter): the recipients
 * on the left, the selected one's messages on the right. The selection lives in the address bar
 * (`?destinataire=…`) so that « Retour » and shared links land on the same recipient.
 */
@Component({
  selector: 'pt-mailbox-page',
  imports: [MatButton, ErrorNotice, RecipientList, MessageList],
  templateUrl: './mailbox-page.html',
  styleUrl: './mailbox-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailboxPage {
  /** From the route's data. */
  readonly kind = input.required<OutboundMessageKind>();

  private readonly api = inject(SandboxApi);
  private readonly requestedRecipient = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(map((params) => params.get(RECIPIENT_QUERY_PARAM))),
    { initialValue: null },
  );

  protected readonly wording = computed(() => MAILBOX_WORDING[this.kind()]);
  protected readonly refreshKey = signal(0);

  protected readonly recipients = rxResource({
    params: () => this.kind(),
    stream: ({ params: kind }) => this.api.getRecipients(kind),
  });
  protected readonly recipientsError = computed(() => {
    const error = this.recipients.error();
    return error ? describeApiError(error) : null;
  });
  protected readonly recipientList = computed(() =>
    this.recipients.hasValue() ? this.recipients.value() : [],
  );
  /** The recipient named in the address bar, or else the one with the latest activity. */
  protected readonly selectedRecipient = computed(
    () => this.requestedRecipient() ?? this.recipientList()[0]?.recipient ?? null,
  );

  protected refreshMailbox(): void {
    this.recipients.reload();
    this.refreshKey.update((key) => key + 1);
  }
}
