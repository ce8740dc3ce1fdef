import { Module } from '@nestjs/common';
import { HelpController } from './help.controller';
import { HelpVoteCounts } from './votes/help-vote-counts';
import { HelpVoting } from './votes/help-voting';

/** « Questions-Réponses » (#7): the FAQ by theme, its « utile ? » votes, the change-of-situation guide. */
@Module({
  controllers: [HelpController],
  providers: [HelpVoting, HelpVoteCounts],
  // The trainer's console shows the counts (libs/api/sandbox, Formateur only).
  exports: [HelpVoteCounts],
})
export class HelpCentreModule {}
