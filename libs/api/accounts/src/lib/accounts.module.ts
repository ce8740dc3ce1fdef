import { Module } from '@nestjs/common';
import { IdentityModule } from '@portail/api-identity';
import { OutboxModule } from '@portail/api-outbox';
import { PortfolioModule } from '@portail/api-portfolio';

/** « Gérer les comptes »: accounts, rights, sub-portfolios, activation, transfer, Historique. */
@Module({
  imports: [OutboxModule, PortfolioModule, IdentityModule],
  controllers: [],
  providers: [],
})
export class AccountsModule {}
