import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, CurrentSession, SpaceMember } from '@portail/api-core';
import type { Complaint } from '@portail/domain/complaints';
import { requesterOf } from '../requester';
import { complaintIdPipe, ComplaintRequestDto } from './complaints.dto';
import { ComplaintsService } from './complaints.service';

/**
 * « Je dépose une réclamation »: the réclamations of the current space. Like the Messagerie, an
 * exchange with the organisms: the TI in their own space, or a firm member with « messagerie ».
 */
@ApiTags('Réclamations')
@SpaceMember('messagerie')
@Controller('complaints')
export class ComplaintsController {
  constructor(private readonly complaints: ComplaintsService) {}

  @Get()
  list(@CurrentSession() session: AuthenticatedSession): Promise<Complaint[]> {
    return this.complaints.list(requesterOf(session).spaceId);
  }

  /** 201 with the « accusé de réception »: reference, date, organism, status « reçue ». */
  @Post()
  file(@CurrentSession() session: AuthenticatedSession, @Body() body: ComplaintRequestDto): Promise<Complaint> {
    return this.complaints.file(requesterOf(session), body);
  }

  @Get(':complaintId')
  one(@CurrentSession() session: AuthenticatedSession, @Param('complaintId', complaintIdPipe) complaintId: string): Promise<Complaint> {
    return this.complaints.one(requesterOf(session).spaceId, complaintId);
  }
}
