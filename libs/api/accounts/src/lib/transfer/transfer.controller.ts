import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, CurrentSession, FirmAdministrator } from '@portail/api-core';
import { PortfolioScope } from '@portail/api-portfolio';
import type { TransferPreview, TransferResult } from '@portail/domain';
import type { Response } from 'express';
import { TransferPreviewQueryDto, TransferRequestDto } from './transfer.dto';
import { TransferService } from './transfer.service';

/** « Transférer le portefeuille » (changement de responsable): administrators of the space only. */
@ApiTags('Gérer les comptes')
@FirmAdministrator()
@Controller('firm/transfer')
export class TransferController {
  constructor(
    private readonly scope: PortfolioScope,
    private readonly transfers: TransferService,
  ) {}

  @Get('preview')
  async preview(@CurrentSession() session: AuthenticatedSession, @Query() query: TransferPreviewQueryDto): Promise<TransferPreview> {
    return this.transfers.preview(await this.scope.administrator(session), query);
  }

  /** `Server-Timing: transfer;dur=…`: the transaction alone, for tools/bench/transfer.mjs. */
  @Post()
  @HttpCode(200)
  async transfer(
    @CurrentSession() session: AuthenticatedSession,
    @Body() body: TransferRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TransferResult> {
    const { result, transactionMs } = await this.transfers.transfer(await this.scope.administrator(session), body);
    response.setHeader('Server-Timing', `transfer;dur=${transactionMs.toFixed(2)}`);
    return result;
  }
}
