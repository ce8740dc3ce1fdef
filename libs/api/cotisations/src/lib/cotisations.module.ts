import { Module } from '@nestjs/common';
import { OutboxModule } from '@portail/api-outbox';
import { PortfolioModule } from '@portail/api-portfolio';
import { ContributionRequestsController } from './contribution-requests.controller';
import { CotisationsActorResolver } from './cotisations-actor-resolver';
import { CotisationsController } from './cotisations.controller';
import { CotisationsService } from './cotisations.service';
import { DirectDebits } from './direct-debits';

@Module({
  imports: [OutboxModule, PortfolioModule],
  controllers: [CotisationsController, ContributionRequestsController],
  providers: [CotisationsService, CotisationsActorResolver, DirectDebits],
})
export class CotisationsModule {}
