import { Module } from '@nestjs/common';
import { IdentityModule } from '@portail/api-identity';
import { OutboxModule } from '@portail/api-outbox';
import { PortfolioModule } from '@portail/api-portfolio';
import { ClockController } from './clock.controller';
import { MailboxController } from './mailbox.controller';
import { SandboxPersonaSeed } from './sandbox-persona-seed';
import { SandboxPortfolioSeed } from './sandbox-portfolio-seed';
import { SandboxWelcome } from './sandbox-welcome';

/** Only imported in sandbox mode: with SANDBOX=false none of these routes exists. */
@Module({
  imports: [OutboxModule, IdentityModule, PortfolioModule],
  controllers: [ClockController, MailboxController],
  providers: [SandboxWelcome, SandboxPersonaSeed, SandboxPortfolioSeed],
})
export class SandboxModule {}
