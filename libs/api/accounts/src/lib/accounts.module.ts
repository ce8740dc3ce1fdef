import { Module } from '@nestjs/common';
import { IdentityModule } from '@portail/api-identity';
import { OutboxModule } from '@portail/api-outbox';
import { PortfolioModule } from '@portail/api-portfolio';
import { TransferModule } from './transfer/transfer.module';
import { AccountsController } from './accounts.controller';
import { ActivationController } from './activation/activation.controller';
import { ActivationLinks } from './activation/activation-links';
import { ActivationService } from './activation/activation.service';
import { AuditController } from './audit/audit.controller';
import { AuditHistory } from './audit/audit-history';
import { FirmAccountReader } from './firm-account-reader';
import { FirmAccounts } from './firm-accounts';
import { SubPortfolioController } from './sub-portfolio.controller';
import { SubPortfolios } from './sub-portfolios';

/** « Gérer les comptes »: accounts, rights, sub-portfolios, activation, transfer, Historique. */
@Module({
  imports: [OutboxModule, PortfolioModule, IdentityModule, TransferModule],
  controllers: [
    AccountsController,
    SubPortfolioController,
    AuditController,
    ActivationController,
  ],
  providers: [
    FirmAccountReader,
    FirmAccounts,
    SubPortfolios,
    AuditHistory,
    ActivationService,
    ActivationLinks,
  ],
  exports: [
    FirmAccountReader,
    // The sandbox's « Renvoyer » sends a new activation link as « Envoyer un nouveau lien » does.
    ActivationLinks,
  ],
})
export class AccountsModule {}
