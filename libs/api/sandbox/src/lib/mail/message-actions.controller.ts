import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, BackofficeOnly, CurrentSession } from '@portail/api-core';
import type { OutboundMessageDetail, ResendResult } from '@portail/domain';
import { messageIdPipe } from './mailbox.dto';
import { LostLetters } from './lost-letters';
import { MessageResends } from './message-resends';

/** What the Formateur does with a simulated message: send it again, lose a letter. */
@ApiTags('Bac à sable — courriels et courrier')
@BackofficeOnly('formateur')
@Controller('sandbox/messages')
export class MessageActionsController {
  constructor(
    private readonly resends: MessageResends,
    private readonly lostLetters: LostLetters,
  ) {}

  /** 200 `ResendResult`; 409 when the product would send nothing now (account active…), 422 for a message without such a link. */
  @Post(':id/resend')
  @HttpCode(200)
  resend(
    @Param('id', messageIdPipe) id: string,
    @CurrentSession() session: AuthenticatedSession,
  ): Promise<ResendResult> {
    return this.resends.resend(id, session.personId);
  }

  /** 200 the letter, marked « perdu »; 400 for an e-mail. */
  @Post(':id/lost')
  @HttpCode(200)
  lost(@Param('id', messageIdPipe) id: string): Promise<OutboundMessageDetail> {
    return this.lostLetters.markLost(id);
  }
}
