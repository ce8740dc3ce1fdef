import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, CurrentSession, SpaceMember } from '@portail/api-core';
import type { Mediation, MediationSummary } from '@portail/domain/complaints';
import { DataSource } from 'typeorm';
import { requesterOf } from '../requester';
import { mediationIdPipe, MediationRequestDto } from './mediation.dto';
import { MediationReader } from './mediation-reader';
import { MediationsService } from './mediations.service';

/** « Je saisis le médiateur »: the current space's requests, like its réclamations (« messagerie »). */
@ApiTags('Médiateur du CPSTI')
@SpaceMember('messagerie')
@Controller('mediations')
export class MediationsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: MediationReader,
    private readonly mediations: MediationsService,
  ) {}

  @Get()
  list(@CurrentSession() session: AuthenticatedSession): Promise<MediationSummary[]> {
    return this.reader.list(requesterOf(session).spaceId);
  }

  /** 201 « reçue »; 422 `{ reason, message }` when not admissible; 404 for a réclamation of another space. */
  @Post()
  file(@CurrentSession() session: AuthenticatedSession, @Body() body: MediationRequestDto): Promise<Mediation> {
    return this.mediations.file(requesterOf(session), body);
  }

  @Get(':mediationId')
  one(@CurrentSession() session: AuthenticatedSession, @Param('mediationId', mediationIdPipe) mediationId: string): Promise<Mediation> {
    return this.reader.one(this.dataSource.manager, mediationId, requesterOf(session).spaceId);
  }

  /** « Arrêter la médiation »: 200 « arrêtée », 409 once the mediation is over. */
  @Post(':mediationId/stop')
  @HttpCode(200)
  stop(@CurrentSession() session: AuthenticatedSession, @Param('mediationId', mediationIdPipe) mediationId: string): Promise<Mediation> {
    return this.mediations.stop(requesterOf(session), mediationId);
  }
}
