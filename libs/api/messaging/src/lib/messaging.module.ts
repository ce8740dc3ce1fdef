import { Module } from '@nestjs/common';
import { OutboxModule } from '@portail/api-outbox';
import { UrssafMessagingController } from './backoffice/urssaf-messaging.controller';
import { UrssafMessaging } from './backoffice/urssaf-messaging';
import { SpaceMessagingController } from './space/space-messaging.controller';
import { SpaceMessaging } from './space/space-messaging';

/** « Messagerie »: the space's side and the Conseiller's (sessions and policies: the global SessionGuard). */
@Module({
  imports: [OutboxModule],
  controllers: [SpaceMessagingController, UrssafMessagingController],
  providers: [SpaceMessaging, UrssafMessaging],
})
export class MessagingModule {}
