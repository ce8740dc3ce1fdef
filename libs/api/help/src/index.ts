export { HelpCentreModule } from './lib/help.module';
export { HelpVoteCounts } from './lib/votes/help-vote-counts';
