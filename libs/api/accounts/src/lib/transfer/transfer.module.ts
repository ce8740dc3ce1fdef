import { Module } from '@nestjs/common';
import { IdentityModule } from '@portail/api-identity';
import { OutboxModule } from '@portail/api-outbox';
import { PortfolioModule } from '@portail/api-portfolio';
import { TransferController } from './transfer.controller';
import { TransferService } from './transfer.service';

/** Changement de responsable: a whole portfolio from one administrator to another, in one transaction. */
@Module({
  imports: [OutboxModule, PortfolioModule, IdentityModule],
  controllers: [TransferController],
  providers: [TransferService],
})
export class TransferModule {}
