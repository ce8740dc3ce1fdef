import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, BackofficeOnly, CurrentSession } from '@portail/api-core';
import type { BackofficeAnswer, BackofficeThread, BackofficeThreadSummary } from '@portail/domain';
import { BackofficeThreadsQueryDto, NewMessageDto, threadIdPipe } from '../messaging.dto';
import { UrssafMessaging } from './urssaf-messaging';

/** The Conseiller Urssaf's Messagerie; for anyone else these routes do not exist (404). */
@ApiTags('Back-office')
@BackofficeOnly('conseiller')
@Controller('backoffice/messaging')
export class UrssafMessagingController {
  constructor(private readonly messaging: UrssafMessaging) {}

  @Get('threads')
  threads(@Query() query: BackofficeThreadsQueryDto): Promise<BackofficeThreadSummary[]> {
    return this.messaging.threads(query.filter ?? 'toutes');
  }

  @Get('threads/:threadId')
  read(@Param('threadId', threadIdPipe) threadId: string): Promise<BackofficeThread> {
    return this.messaging.read(threadId);
  }

  /** Answers as the Urssaf; the space is told by e-mail in the same transaction. */
  @Post('threads/:threadId/messages')
  answer(
    @CurrentSession() session: AuthenticatedSession,
    @Param('threadId', threadIdPipe) threadId: string,
    @Body() body: NewMessageDto,
  ): Promise<BackofficeAnswer> {
    return this.messaging.answer(session.personId, threadId, body);
  }
}
