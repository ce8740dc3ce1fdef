import { Routes } from '@angular/router';

/** Mounted twice by the app with `loadChildren`: for an accountant's client and for the TI's own space. */
export const cotisationsRoutes: Routes = [];
