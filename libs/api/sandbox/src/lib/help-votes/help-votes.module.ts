import { Module } from '@nestjs/common';
import { HelpCentreModule } from '@portail/api-help';
import { HelpVotesController } from './help-votes.controller';

/** The counts of « La réponse à cette question vous a-t-elle été utile ? », for the trainer (imported by SandboxModule only). */
@Module({
  imports: [HelpCentreModule],
  controllers: [HelpVotesController],
})
export class SandboxHelpVotesModule {}
