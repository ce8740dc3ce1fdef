import { Routes } from '@angular/router';

/** « Je dépose une réclamation », mounted under `reclamations`. Filled in by #7. */
export const complaintsRoutes: Routes = [];

/** « Je saisis le médiateur », mounted under `mediation`. Filled in by #7. */
export const mediationRoutes: Routes = [];

/** The Conseiller / médiateur's side, mounted under `conseiller/reclamations` and `conseiller/mediations`. */
export const complaintsBackofficeRoutes: Routes = [];
export const mediationBackofficeRoutes: Routes = [];
