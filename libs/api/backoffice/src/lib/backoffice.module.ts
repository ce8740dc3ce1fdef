import { Module } from '@nestjs/common';
import { OutboxModule } from '@portail/api-outbox';
import { BackofficeController } from './backoffice.controller';
import { BackofficeService } from './backoffice.service';

/** Sessions and roles are checked by the global SessionGuard of the identity area. */
@Module({
  imports: [OutboxModule],
  controllers: [BackofficeController],
  providers: [BackofficeService],
})
export class BackofficeModule {}
