import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { AppSettings } from '../settings/app-settings';
import { csrfProtection } from './csrf';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { createValidationPipe } from './french-validation';

export const API_PREFIX = 'api';

/** What main.ts and the API tests both apply, so that tests exercise the real pipeline. */
export function configureApp(app: INestApplication, settings: Pick<AppSettings, 'publicUrl'>): INestApplication {
  app.setGlobalPrefix(API_PREFIX);
  app.use(cookieParser());
  app.use(csrfProtection(settings.publicUrl.startsWith('https:')));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Portail Tiers — API')
      .setDescription("API du portail des tiers mandatés (simulation d'un espace Urssaf). Les messages d'erreur sont en français.")
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document);
  return app;
}
