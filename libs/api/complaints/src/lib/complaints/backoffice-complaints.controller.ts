import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, BackofficeOnly, CurrentSession } from '@portail/api-core';
import type { BackofficeComplaint } from '@portail/domain/complaints';
import { ComplaintAnswerDto, complaintIdPipe } from './complaints.dto';
import { ComplaintsService } from './complaints.service';

/** The Conseiller answers the réclamations on behalf of the organism; 404 for anyone else. */
@ApiTags('Back-office')
@BackofficeOnly('conseiller')
@Controller('backoffice/complaints')
export class BackofficeComplaintsController {
  constructor(private readonly complaints: ComplaintsService) {}

  /** Unanswered first, newest first. */
  @Get()
  queue(): Promise<BackofficeComplaint[]> {
    return this.complaints.queue();
  }

  /** 200 « répondue », the filer e-mailed; 409 when already answered. */
  @Post(':complaintId/answer')
  @HttpCode(200)
  answer(
    @Param('complaintId', complaintIdPipe) complaintId: string,
    @Body() body: ComplaintAnswerDto,
    @CurrentSession() session: AuthenticatedSession,
  ): Promise<BackofficeComplaint> {
    return this.complaints.answer(complaintId, body.body, session.personId);
  }
}
