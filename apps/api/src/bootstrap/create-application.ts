import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureApp, JSON_BODY_OPTIONS, type AppSettings } from '@portail/api-core';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from '../app.module';
import { answerClientErrorsInFrench } from './client-errors';

export type ApplicationSettings = AppSettings & { databaseUrl: string };

/**
 * The application exactly as users get it — API, served portal, logger, middlewares in their
 * order — initialised but not listening. main.ts and the API tests both build it here, so that the
 * tests run the pipeline users run. The database must be migrated beforehand.
 */
export async function createApplication(settings: ApplicationSettings, options: AppModuleOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings, options), {
    bufferLogs: true,
    // Nest's default is process.exit(1) on a failed start: main.ts says why in French, a test fails.
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  configureApp(app, settings);
  // Registered after the CSRF check, so that a refused request's body is never read. Nest keeps
  // this parser instead of its default one; `rawBody` must stay off, it would replace `verify`.
  app.useBodyParser('json', JSON_BODY_OPTIONS);
  // The portal sends JSON only. Nest's default form parser nests `a[b][c]=…` and answers a body
  // nested too deep with an error of its own kind, a 500: flat forms cannot nest.
  app.useBodyParser('urlencoded', { extended: false });
  await app.init();
  answerClientErrorsInFrench(app.getHttpServer());
  return app;
}
