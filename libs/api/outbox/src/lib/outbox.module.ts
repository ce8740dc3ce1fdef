import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { APP_SETTINGS, type AppSettings } from '@portail/api-core';
import type { DataSource } from 'typeorm';
import { OutboundMessage } from './outbound-message.entity';
import { Outbox } from './outbox';
import { OutboxReader } from './outbox-reader';
import { SmtpRelay } from './smtp-relay';

@Module({
  imports: [TypeOrmModule.forFeature([OutboundMessage])],
  providers: [
    Outbox,
    OutboxReader,
    {
      // Only with SMTP_URL: without it the provider is null and nothing polls.
      provide: SmtpRelay,
      inject: [APP_SETTINGS, getDataSourceToken()],
      useFactory: (settings: AppSettings, dataSource: DataSource): SmtpRelay | null =>
        settings.smtpUrl ? new SmtpRelay(dataSource, { smtpUrl: settings.smtpUrl, publicUrl: settings.publicUrl }) : null,
    },
  ],
  exports: [Outbox, OutboxReader, SmtpRelay],
})
export class OutboxModule {}
