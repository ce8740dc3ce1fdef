import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, CurrentSession, SpaceMember } from '@portail/api-core';
import type { MessageThread, MessageThreadSummary, UnreadMessages } from '@portail/domain';
import { NewMessageDto, NewThreadDto, threadIdPipe } from '../messaging.dto';
import { SpaceMessaging, type SpaceWriter } from './space-messaging';

/**
 * « Messagerie » of the current space: the TI in their own space, an administrator of a tiers
 * space, a collaborator holding the « messagerie » right (the policy answers 403 to the others).
 */
@ApiTags('Messagerie')
@SpaceMember('messagerie')
@Controller('messaging')
export class SpaceMessagingController {
  constructor(private readonly messaging: SpaceMessaging) {}

  @Get('threads')
  threads(@CurrentSession() session: AuthenticatedSession): Promise<MessageThreadSummary[]> {
    return this.messaging.threads(writerOf(session));
  }

  @Post('threads')
  start(@CurrentSession() session: AuthenticatedSession, @Body() body: NewThreadDto): Promise<MessageThread> {
    return this.messaging.start(writerOf(session), body);
  }

  /** Marks the conversation read for the caller. */
  @Get('threads/:threadId')
  read(@CurrentSession() session: AuthenticatedSession, @Param('threadId', threadIdPipe) threadId: string): Promise<MessageThread> {
    return this.messaging.read(writerOf(session), threadId);
  }

  @Post('threads/:threadId/messages')
  reply(
    @CurrentSession() session: AuthenticatedSession,
    @Param('threadId', threadIdPipe) threadId: string,
    @Body() body: NewMessageDto,
  ): Promise<MessageThread> {
    return this.messaging.reply(writerOf(session), threadId, body);
  }

  @Get('unread')
  unread(@CurrentSession() session: AuthenticatedSession): Promise<UnreadMessages> {
    return this.messaging.unread(writerOf(session));
  }
}

/** The policy let the request through only with a current space. */
function writerOf(session: AuthenticatedSession): SpaceWriter {
  if (!session.spaceId) throw new Error('SpaceMember route reached without a current space');
  return { personId: session.personId, spaceId: session.spaceId };
}
