import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MailboxRecipient } from '@portail/domain';
import { formatDateTime } from '@portail/portal-ui';
import { MailboxWording, RECIPIENT_QUERY_PARAM } from '../mailbox-wording';

/** The left column of a mailbox: every recipient, with how many messages they received. */
@Component({
  selector: 'pt-recipient-list',
  imports: [RouterLink],
  templateUrl: './recipient-list.html',
  styleUrl: './recipient-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecipientList {
  readonly recipients = input.required<readonly MailboxRecipient[]>();
  readonly selected = input<string | null>(null);
  readonly wording = input.required<MailboxWording>();

  protected readonly formatDateTime = formatDateTime;

  protected queryParamsFor(recipient: string): Record<string, string> {
    return { [RECIPIENT_QUERY_PARAM]: recipient };
  }
}
