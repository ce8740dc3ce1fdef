import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, CurrentSession, FirmAdministrator } from '@portail/api-core';
import { PortfolioScope } from '@portail/api-portfolio';
import type { AuditPage } from '@portail/domain';
import type { Response } from 'express';
import { auditCsvLine, CSV_BOM, CSV_HEADER, csvLine } from './audit-csv';
import { AuditHistory } from './audit-history';
import { AuditFiltersDto, AuditPageQueryDto } from './audit.dto';

/** An export stays a file a spreadsheet opens; the page is there for the rest. */
export const CSV_MAX_ROWS = 50_000;
const CSV_BATCH = 1_000;

/** The firm's « Historique »: who did what, for the administrators of the space. */
@ApiTags('Gérer les comptes — historique')
@FirmAdministrator()
@Controller('firm')
export class AuditController {
  constructor(
    private readonly scope: PortfolioScope,
    private readonly history: AuditHistory,
  ) {}

  @Get('audit')
  async page(@CurrentSession() session: AuthenticatedSession, @Query() query: AuditPageQueryDto): Promise<AuditPage> {
    return this.history.page((await this.scope.administrator(session)).spaceId, query);
  }

  /** Written batch by batch as it is read: 50,000 rows never sit in memory at once. */
  @Get('audit.csv')
  @ApiProduces('text/csv')
  async csv(
    @CurrentSession() session: AuthenticatedSession,
    @Query() filters: AuditFiltersDto,
    @Res() response: Response,
  ): Promise<void> {
    const { spaceId } = await this.scope.administrator(session);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="historique.csv"');
    response.write(CSV_BOM + csvLine(CSV_HEADER));
    try {
      for await (const batch of this.history.batches(spaceId, filters, CSV_BATCH, CSV_MAX_ROWS)) {
        response.write(batch.map(auditCsvLine).join(''));
      }
      response.end();
    } catch {
      // The status line is gone already: a cut connection is the only honest way to say the file is incomplete.
      response.destroy();
    }
  }
}
