import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { BackofficeOnly } from '@portail/api-core';
import { HelpVoteCounts } from '@portail/api-help';
import type { HelpVoteCount } from '@portail/domain';

/** « Questions-Réponses » tab of the console: how many found each answer useful. Only the Formateur: 404 to anyone else. */
@ApiTags('Bac à sable — console du formateur')
@BackofficeOnly('formateur')
@Controller('sandbox/help-votes')
export class HelpVotesController {
  constructor(private readonly counts: HelpVoteCounts) {}

  @Get()
  list(): Promise<HelpVoteCount[]> {
    return this.counts.list();
  }
}
