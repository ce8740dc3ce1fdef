import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BackofficeModule } from '@portail/api-backoffice';
import { ClockModule, loggerOptions, SettingsModule, type AppSettings } from '@portail/api-core';
import { dataSourceOptions } from '@portail/api-database';
import { IdentityModule } from '@portail/api-identity';
import { OutboxModule } from '@portail/api-outbox';
import { PortfolioModule } from '@portail/api-portfolio';
import { CotisationsModule } from '@portail/api-cotisations';
import { AccountsModule } from '@portail/api-accounts';
import { ComplaintsModule } from '@portail/api-complaints';
import { HelpCentreModule } from '@portail/api-help';
import { MessagingModule } from '@portail/api-messaging';
import { SandboxModule } from '@portail/api-sandbox';
import { SignupModule } from '@portail/api-signup';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { PortalModule } from './bootstrap/portal.module';
import { HealthModule } from './health/health.module';

export interface AppModuleOptions {
  /** Tests read the logs from here. */
  logStream?: DestinationStream;
  /** Controllers that exist only for a test, e.g. to exercise a guard meant for a later area. */
  extraControllers?: Type[];
}

@Module({})
export class AppModule {
  static forRoot(settings: AppSettings & { databaseUrl: string }, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      controllers: options.extraControllers ?? [],
      imports: [
        SettingsModule.forRoot(settings),
        LoggerModule.forRoot(loggerOptions(settings, options.logStream)),
        // Migrations have run before the module starts (see runMigrations): never `synchronize`.
        TypeOrmModule.forRoot({ ...dataSourceOptions(settings.databaseUrl), autoLoadEntities: true, retryAttempts: 3 }),
        ClockModule,
        OutboxModule,
        IdentityModule,
        SignupModule,
        BackofficeModule,
        PortfolioModule,
        CotisationsModule,
        AccountsModule,
        MessagingModule,
        ComplaintsModule,
        HelpCentreModule,
        HealthModule,
        ...(settings.sandbox ? [SandboxModule] : []),
        ...(settings.portalDir ? [PortalModule.forRoot(settings.portalDir)] : []),
      ],
    };
  }
}
