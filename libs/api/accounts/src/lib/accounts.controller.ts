import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, CurrentSession, FirmAdministrator } from '@portail/api-core';
import { PortfolioScope } from '@portail/api-portfolio';
import type { FirmAccount, FirmAccountList } from '@portail/domain';
import { CorrectEmailDto, CreateAccountDto, personIdPipe, UpdateRightsDto } from './accounts.dto';
import { FirmAccountReader } from './firm-account-reader';
import { FirmAccounts } from './firm-accounts';

/** « Gérer les comptes »: for the active administrators of a finalised tiers space, checked on each request. */
@ApiTags('Gérer les comptes')
@FirmAdministrator()
@Controller('firm/accounts')
export class AccountsController {
  constructor(
    private readonly scope: PortfolioScope,
    private readonly reader: FirmAccountReader,
    private readonly accounts: FirmAccounts,
  ) {}

  @Get()
  async list(@CurrentSession() session: AuthenticatedSession): Promise<FirmAccountList> {
    const admin = await this.scope.administrator(session);
    return { firmName: admin.firmName, accounts: await this.reader.all(admin.spaceId) };
  }

  @Post()
  async create(@CurrentSession() session: AuthenticatedSession, @Body() body: CreateAccountDto): Promise<FirmAccount> {
    return this.accounts.create(await this.scope.administrator(session), body);
  }

  @Get(':personId')
  async one(@CurrentSession() session: AuthenticatedSession, @Param('personId', personIdPipe) personId: string): Promise<FirmAccount> {
    return this.reader.one((await this.scope.administrator(session)).spaceId, personId);
  }

  @Put(':personId/rights')
  async changeRights(
    @CurrentSession() session: AuthenticatedSession,
    @Param('personId', personIdPipe) personId: string,
    @Body() body: UpdateRightsDto,
  ): Promise<FirmAccount> {
    return this.accounts.changeRights(await this.scope.administrator(session), personId, body.rights);
  }

  /** An invited account whose activation e-mail bounced: the corrected address gets a new link. */
  @Put(':personId/email')
  async correctEmail(
    @CurrentSession() session: AuthenticatedSession,
    @Param('personId', personIdPipe) personId: string,
    @Body() body: CorrectEmailDto,
  ): Promise<FirmAccount> {
    return this.accounts.correctEmail(await this.scope.administrator(session), personId, body.email);
  }

  @Post(':personId/activation-link')
  @HttpCode(200)
  async resendActivation(@CurrentSession() session: AuthenticatedSession, @Param('personId', personIdPipe) personId: string): Promise<FirmAccount> {
    return this.accounts.resendActivation(await this.scope.administrator(session), personId);
  }

  @Post(':personId/deactivate')
  @HttpCode(200)
  async deactivate(@CurrentSession() session: AuthenticatedSession, @Param('personId', personIdPipe) personId: string): Promise<FirmAccount> {
    return this.accounts.deactivate(await this.scope.administrator(session), personId);
  }
}
