import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, CurrentSession, FirmAdministrator } from '@portail/api-core';
import { PortfolioPageQueryDto, PortfolioScope } from '@portail/api-portfolio';
import type { AssignablePage, AssignmentResult, SubPortfolioPage } from '@portail/domain';
import { AssignClientsDto, assignedClientIdPipe, personIdPipe } from './accounts.dto';
import { SubPortfolios } from './sub-portfolios';

/** The sub-portfolio an administrator gives a collaborator (« Gérer les comptes »). */
@ApiTags('Gérer les comptes — sous-portefeuilles')
@FirmAdministrator()
@Controller('firm/accounts/:personId')
export class SubPortfolioController {
  constructor(
    private readonly scope: PortfolioScope,
    private readonly subPortfolios: SubPortfolios,
  ) {}

  @Get('clients')
  async clients(
    @CurrentSession() session: AuthenticatedSession,
    @Param('personId', personIdPipe) personId: string,
    @Query() query: PortfolioPageQueryDto,
  ): Promise<SubPortfolioPage> {
    return this.subPortfolios.page(await this.scope.administrator(session), personId, query);
  }

  @Get('assignable')
  async assignable(
    @CurrentSession() session: AuthenticatedSession,
    @Param('personId', personIdPipe) personId: string,
    @Query() query: PortfolioPageQueryDto,
  ): Promise<AssignablePage> {
    return this.subPortfolios.assignable(await this.scope.administrator(session), personId, query);
  }

  @Post('clients')
  @HttpCode(200)
  async assign(
    @CurrentSession() session: AuthenticatedSession,
    @Param('personId', personIdPipe) personId: string,
    @Body() body: AssignClientsDto,
  ): Promise<AssignmentResult> {
    return this.subPortfolios.assign(await this.scope.administrator(session), personId, body);
  }

  @Delete('clients/:clientId')
  @HttpCode(204)
  async remove(
    @CurrentSession() session: AuthenticatedSession,
    @Param('personId', personIdPipe) personId: string,
    @Param('clientId', assignedClientIdPipe) clientId: string,
  ): Promise<void> {
    await this.subPortfolios.remove(await this.scope.administrator(session), personId, clientId);
  }
}
