import { BadRequestException, Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, CurrentSession, FirmMember } from '@portail/api-core';
import type { AddClientRequest, FinaliseAttachmentRequest, PortfolioClientDetail, PortfolioPage, PortfolioSummary } from '@portail/domain';
import { Attachments } from './attachments';
import { PortfolioList } from './portfolio-list';
import { PortfolioScope } from './portfolio-scope';
import { AddClientDto, FinaliseAttachmentDto, PortfolioPageQueryDto } from './portfolio.dto';

export const clientIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException("L'identifiant du client n'est pas valide (paramètre « id »)."),
});

/** The client portfolio of the chosen tiers space; every query is scoped by that space's portfolio. */
@ApiTags('Portefeuille clients')
@Controller('portfolio')
export class PortfolioController {
  constructor(
    private readonly scope: PortfolioScope,
    private readonly list: PortfolioList,
    private readonly attachments: Attachments,
  ) {}

  @Get('summary')
  @FirmMember()
  async summary(@CurrentSession() session: AuthenticatedSession): Promise<PortfolioSummary> {
    return this.list.summary(await this.scope.of(session));
  }

  @Get('clients')
  @FirmMember()
  async clients(@CurrentSession() session: AuthenticatedSession, @Query() query: PortfolioPageQueryDto): Promise<PortfolioPage> {
    return this.list.page(session, query);
  }

  @Post('clients')
  @FirmMember('gestion-portefeuille')
  async add(@CurrentSession() session: AuthenticatedSession, @Body() body: AddClientDto): Promise<PortfolioClientDetail> {
    return this.attachments.add(await this.scope.of(session, 'gestion-portefeuille'), body as AddClientRequest);
  }

  @Get('clients/:id')
  @FirmMember()
  async detail(@CurrentSession() session: AuthenticatedSession, @Param('id', clientIdPipe) id: string): Promise<PortfolioClientDetail> {
    return this.attachments.detail(await this.scope.of(session), id);
  }

  @Post('clients/:id/finalise')
  @FirmMember('gestion-portefeuille')
  @HttpCode(200)
  async finalise(
    @CurrentSession() session: AuthenticatedSession,
    @Param('id', clientIdPipe) id: string,
    @Body() body: FinaliseAttachmentDto,
  ): Promise<PortfolioClientDetail> {
    return this.attachments.finalise(await this.scope.of(session, 'gestion-portefeuille'), id, body as FinaliseAttachmentRequest);
  }

  @Delete('clients/:id')
  @FirmMember('gestion-portefeuille')
  @HttpCode(204)
  async remove(@CurrentSession() session: AuthenticatedSession, @Param('id', clientIdPipe) id: string): Promise<void> {
    await this.attachments.remove(await this.scope.of(session, 'gestion-portefeuille'), id);
  }
}
