import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiTags } from '@nestjs/swagger';
import { type AuthenticatedSession, CurrentSession, TitulaireOnly } from '@portail/api-core';
import type { AttachmentStatus, MandateNotice } from '@portail/domain';
import { DataSource } from 'typeorm';
import { MyContributor } from './my-contributor';

/** The TI's side: which firms are attached to their account, or asking to be. */
@ApiTags('Espace travailleur indépendant')
@TitulaireOnly()
@Controller('me')
export class MyMandatesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly me: MyContributor,
  ) {}

  @Get('tiers')
  async tiers(@CurrentSession() session: AuthenticatedSession): Promise<MandateNotice[]> {
    const { contributorId } = await this.me.of(session);
    const rows: { firm_name: string; status: AttachmentStatus; since: Date }[] = await this.dataSource.query(
      `SELECT space.name AS firm_name, attachment.status, coalesce(attachment.attached_at, attachment.created_at) AS since
         FROM attachment
         JOIN portfolio ON portfolio.id = attachment.portfolio_id
         JOIN space ON space.id = portfolio.space_id
        WHERE attachment.contributor_id = $1
        ORDER BY attachment.status = 'rattache' DESC, since DESC
        LIMIT 20`,
      [contributorId],
    );
    return rows.map((row) => ({ firmName: row.firm_name, status: row.status, since: new Date(row.since).toISOString() }));
  }
}
