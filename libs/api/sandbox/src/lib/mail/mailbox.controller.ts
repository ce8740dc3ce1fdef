import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@portail/api-core';
import { OutboxReader } from '@portail/api-outbox';
import type { MailboxRecipient, OutboundMessageDetail, OutboundMessagePage } from '@portail/domain';
import { MessagesQueryDto, messageIdPipe, RecipientsQueryDto } from './mailbox.dto';
import { MessageLinks } from './message-links';
import { MESSAGE_NOT_FOUND } from './message-resends';

/**
 * The simulated mailbox (« Boîte de réception simulée ») and letters (« Courrier simulé »).
 * Reading stays public in sandbox mode: a trainee who signs up, or is invited, has no session yet
 * and must open their own simulated e-mail to validate their address or activate their account,
 * as they would in their real mailbox. Acting on messages is the Formateur's (MessageActionsController).
 */
@ApiTags('Bac à sable — courriels et courrier')
@Public()
@Controller('sandbox')
export class MailboxController {
  constructor(
    private readonly outbox: OutboxReader,
    private readonly links: MessageLinks,
  ) {}

  @Get('recipients')
  recipients(@Query() query: RecipientsQueryDto): Promise<MailboxRecipient[]> {
    return this.outbox.recipients(query.kind);
  }

  @Get('messages')
  messages(@Query() query: MessagesQueryDto): Promise<OutboundMessagePage> {
    return this.outbox.page(query);
  }

  /** With the state of each link by the sandbox clock, and whether « Renvoyer » applies. */
  @Get('messages/:id')
  async message(@Param('id', messageIdPipe) id: string): Promise<OutboundMessageDetail> {
    const message = await this.outbox.detail(id);
    if (!message) throw new NotFoundException(MESSAGE_NOT_FOUND);
    return this.links.annotate(message);
  }
}
