import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withFetch } from '@angular/common/http';
import localeFr from '@angular/common/locales/fr';
import {
  ApplicationConfig,
  DEFAULT_CURRENCY_CODE,
  LOCALE_ID,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { appRoutes } from './app.routes';
import { PortalTitleStrategy } from './portal-title-strategy';

// The whole portal is French: dates, numbers and amounts (DatePipe, CurrencyPipe…) follow fr-FR.
registerLocaleData(localeFr);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    { provide: LOCALE_ID, useValue: 'fr-FR' },
    { provide: DEFAULT_CURRENCY_CODE, useValue: 'EUR' },
    provideHttpClient(withFetch()),
    // Route params, query params and data reach the routed components' inputs (e.g. `id`, `kind`).
    provideRouter(appRoutes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: PortalTitleStrategy },
  ],
};
