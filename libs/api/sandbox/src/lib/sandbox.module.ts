import { Module } from '@nestjs/common';
import { IdentityModule } from '@portail/api-identity';
import { OutboxModule } from '@portail/api-outbox';
import { ClockController } from './clock.controller';
import { MailboxController } from './mailbox.controller';
import { SandboxPersonaSeed } from './sandbox-persona-seed';
import { SandboxWelcome } from './sandbox-welcome';

/** Only imported in sandbox mode: with SANDBOX=false none of these routes exists. */
@Module({
  imports: [OutboxModule, IdentityModule],
  controllers: [ClockController, MailboxController],
  providers: [SandboxWelcome, SandboxPersonaSeed],
})
export class SandboxModule {}
