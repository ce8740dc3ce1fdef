import { Module } from '@nestjs/common';
import { IdentityModule } from '@portail/api-identity';
import { OutboxModule } from '@portail/api-outbox';
import { Attachments } from './attachments';
import { ContributorLookup } from './directory/contributor-lookup';
import { DirectorySeed } from './directory/directory-seed';
import { DirectoryWriter } from './directory/directory-writer';
import { MyContributor } from './my-contributor';
import { MyMandatesController } from './my-mandates.controller';
import { PortfolioController } from './portfolio.controller';
import { PortfolioList } from './portfolio-list';
import { PortfolioScope } from './portfolio-scope';

@Module({
  imports: [OutboxModule, IdentityModule],
  controllers: [PortfolioController, MyMandatesController],
  providers: [PortfolioScope, PortfolioList, Attachments, ContributorLookup, DirectoryWriter, DirectorySeed, MyContributor],
  exports: [PortfolioScope, PortfolioList, MyContributor, DirectoryWriter, DirectorySeed],
})
export class PortfolioModule {}
