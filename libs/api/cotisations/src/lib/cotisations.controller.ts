import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, CotisationsAccess, CurrentSession } from '@portail/api-core';
import type { CotisationsOverview } from '@portail/domain';
import { CotisationsActorResolver } from './cotisations-actor-resolver';
import { CardPaymentDto, ContributionRequestDto, DeclareIncomeDto, SepaMandateDto, TelepaymentDto } from './cotisations.dto';
import { CotisationsService } from './cotisations.service';

/**
 * « Mes cotisations », the only module of a client a mandated accountant opens, at
 * /api/portfolio/clients/:id/cotisations; and the TI's own, at /api/me/cotisations.
 */
@ApiTags('Mes cotisations')
@Controller(['portfolio/clients/:id/cotisations', 'me/cotisations'])
export class CotisationsController {
  constructor(
    private readonly actors: CotisationsActorResolver,
    private readonly cotisations: CotisationsService,
  ) {}

  @Get()
  @CotisationsAccess('cotisations')
  async overview(@CurrentSession() session: AuthenticatedSession, @Param('id') id?: string): Promise<CotisationsOverview> {
    return this.cotisations.overview(await this.actors.resolve(session, id, 'cotisations'));
  }

  @Post('revenus')
  @CotisationsAccess('declaration-revenus')
  @HttpCode(200)
  async declareIncome(@CurrentSession() session: AuthenticatedSession, @Body() body: DeclareIncomeDto, @Param('id') id?: string): Promise<CotisationsOverview> {
    return this.cotisations.declareIncome(await this.actors.resolve(session, id, 'declaration-revenus'), body);
  }

  @Post('paiements/carte')
  @CotisationsAccess('paiement')
  @HttpCode(200)
  async payByCard(@CurrentSession() session: AuthenticatedSession, @Body() body: CardPaymentDto, @Param('id') id?: string): Promise<CotisationsOverview> {
    return this.cotisations.payByCard(await this.actors.resolve(session, id, 'paiement'), body);
  }

  @Post('paiements/telepaiement')
  @CotisationsAccess('paiement')
  @HttpCode(200)
  async payByTransfer(@CurrentSession() session: AuthenticatedSession, @Body() body: TelepaymentDto, @Param('id') id?: string): Promise<CotisationsOverview> {
    return this.cotisations.payByTransfer(await this.actors.resolve(session, id, 'paiement'), body);
  }

  @Put('prelevement')
  @CotisationsAccess('paiement')
  async signMandate(@CurrentSession() session: AuthenticatedSession, @Body() body: SepaMandateDto, @Param('id') id?: string): Promise<CotisationsOverview> {
    return this.cotisations.signMandate(await this.actors.resolve(session, id, 'paiement'), body);
  }

  @Delete('prelevement')
  @CotisationsAccess('paiement')
  async revokeMandate(@CurrentSession() session: AuthenticatedSession, @Param('id') id?: string): Promise<CotisationsOverview> {
    return this.cotisations.revokeMandate(await this.actors.resolve(session, id, 'paiement'));
  }

  @Post('demandes')
  @CotisationsAccess('declaration-revenus')
  async fileRequest(@CurrentSession() session: AuthenticatedSession, @Body() body: ContributionRequestDto, @Param('id') id?: string): Promise<CotisationsOverview> {
    return this.cotisations.fileRequest(await this.actors.resolve(session, id, 'declaration-revenus'), body);
  }
}
