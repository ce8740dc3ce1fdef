import { Module } from '@nestjs/common';
import { AccountsModule } from '@portail/api-accounts';
import { OutboxModule } from '@portail/api-outbox';
import { SignupModule } from '@portail/api-signup';
import { ClockController } from './clock.controller';
import { FaultsController } from './faults.controller';
import { LostLetters } from './lost-letters';
import { MailboxController } from './mailbox.controller';
import { MessageActionsController } from './message-actions.controller';
import { MessageLinks } from './message-links';
import { MessageResends } from './message-resends';

/** The trainer's mailbox, letters, clock and fault injection (imported by SandboxModule only). */
@Module({
  // Signup and accounts lend their « send a new link » to the mailbox's « Renvoyer ».
  imports: [OutboxModule, SignupModule, AccountsModule],
  controllers: [ClockController, MailboxController, MessageActionsController, FaultsController],
  providers: [MessageLinks, MessageResends, LostLetters],
})
export class SandboxMailModule {}
