import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import localeFr from '@angular/common/locales/fr';
import {
  ApplicationConfig,
  DEFAULT_CURRENCY_CODE,
  LOCALE_ID,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { CSRF_COOKIE, CSRF_HEADER } from '@portail/domain';
import { sessionExpiryInterceptor } from '@portail/portal-identity';
import { appRoutes } from './app.routes';
import { PortalTitleStrategy } from './portal-title-strategy';

// The whole portal is French: dates, numbers and amounts (DatePipe, CurrencyPipe…) follow fr-FR.
registerLocaleData(localeFr);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    { provide: LOCALE_ID, useValue: 'fr-FR' },
    { provide: DEFAULT_CURRENCY_CODE, useValue: 'EUR' },
    provideHttpClient(
      withFetch(),
      // Every POST carries X-CSRF-Token, copied from the pt_csrf cookie the API sets.
      withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
      withInterceptors([sessionExpiryInterceptor]),
    ),
    // Route params, query params and data reach the routed components' inputs (e.g. `id`, `token`).
    provideRouter(appRoutes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: PortalTitleStrategy },
  ],
};
