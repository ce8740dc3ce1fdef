import { Routes } from '@angular/router';

/** Mounted under `portefeuille` by the app with `loadChildren`. */
export const portfolioRoutes: Routes = [];
