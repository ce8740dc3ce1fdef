import { BadRequestException, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@portail/api-core';
import { OutboxReader } from '@portail/api-outbox';
import type { MailboxRecipient, OutboundMessageDetail, OutboundMessagePage } from '@portail/domain';
import { MessagesQueryDto, RecipientsQueryDto } from './mailbox.dto';

const messageId = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException("L'identifiant du message n'est pas valide."),
});

/** The simulated mailbox (« Boîte de réception simulée ») and letters (« Courrier simulé »). */
@ApiTags('Bac à sable — courriels et courrier')
@Public()
@Controller('sandbox')
export class MailboxController {
  constructor(private readonly outbox: OutboxReader) {}

  @Get('recipients')
  recipients(@Query() query: RecipientsQueryDto): Promise<MailboxRecipient[]> {
    return this.outbox.recipients(query.kind);
  }

  @Get('messages')
  messages(@Query() query: MessagesQueryDto): Promise<OutboundMessagePage> {
    return this.outbox.page(query);
  }

  @Get('messages/:id')
  async message(@Param('id', messageId) id: string): Promise<OutboundMessageDetail> {
    const message = await this.outbox.detail(id);
    if (!message) throw new NotFoundException("Ce message n'existe pas.");
    return message;
  }
}
