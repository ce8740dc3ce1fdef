import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AnySession, type AuthenticatedSession, CurrentSession, Public } from '@portail/api-core';
import type { HelpCentre, HelpVote, HelpVotes } from '@portail/domain';
import { HELP_CENTRE } from './faq/help-centre-content';
import { HelpVoteDto } from './help.dto';
import { HelpVoting } from './votes/help-voting';

/** « Questions-Réponses »: public reading; anyone signed in says whether an answer helped, once. */
@ApiTags('Questions-Réponses')
@Controller('help')
export class HelpController {
  constructor(private readonly voting: HelpVoting) {}

  @Public()
  @Get('questions')
  questions(): HelpCentre {
    return HELP_CENTRE;
  }

  @AnySession()
  @Get('votes')
  votes(@CurrentSession() session: AuthenticatedSession): Promise<HelpVotes> {
    return this.voting.votesOf(session.personId);
  }

  /** 201; 409 to a second vote on the same question; 404 to an unknown question. */
  @AnySession()
  @Post('questions/:questionId/vote')
  vote(
    @CurrentSession() session: AuthenticatedSession,
    @Param('questionId') questionId: string,
    @Body() body: HelpVoteDto,
  ): Promise<HelpVote> {
    return this.voting.vote(session.personId, questionId, body.useful);
  }
}
