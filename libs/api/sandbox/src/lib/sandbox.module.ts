import { Module } from '@nestjs/common';
import { OutboxModule } from '@portail/api-outbox';
import { ClockController } from './clock.controller';
import { MailboxController } from './mailbox.controller';
import { SandboxWelcome } from './sandbox-welcome';

/** Only imported in sandbox mode: with SANDBOX=false none of these routes exists. */
@Module({
  imports: [OutboxModule],
  controllers: [ClockController, MailboxController],
  providers: [SandboxWelcome],
})
export class SandboxModule {}
