import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, BackofficeOnly, CurrentSession } from '@portail/api-core';
import type { BackofficeMediation, BackofficeMediationSummary } from '@portail/domain/complaints';
import { DataSource } from 'typeorm';
import { mediationIdPipe, MediationTransitionDto } from './mediation.dto';
import { MediationReader } from './mediation-reader';
import { MediationsService } from './mediations.service';

/** The médiateur (the Conseiller persona) moves the requests on; 404 for anyone else. */
@ApiTags('Back-office')
@BackofficeOnly('conseiller')
@Controller('backoffice/mediations')
export class BackofficeMediationsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: MediationReader,
    private readonly mediations: MediationsService,
  ) {}

  /** Those still to move on first, newest first. */
  @Get()
  queue(): Promise<BackofficeMediationSummary[]> {
    return this.reader.queue();
  }

  @Get(':mediationId')
  detail(@Param('mediationId', mediationIdPipe) mediationId: string): Promise<BackofficeMediation> {
    return this.reader.detail(this.dataSource.manager, mediationId);
  }

  /** 200 with the new step; 409 when the step is not possible from the current one. */
  @Post(':mediationId/transition')
  @HttpCode(200)
  transition(
    @Param('mediationId', mediationIdPipe) mediationId: string,
    @Body() body: MediationTransitionDto,
    @CurrentSession() session: AuthenticatedSession,
  ): Promise<BackofficeMediation> {
    return this.mediations.transition(mediationId, body, session.personId);
  }
}
