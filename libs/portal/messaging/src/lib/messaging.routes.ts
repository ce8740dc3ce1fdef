import { Routes } from '@angular/router';

/** « Messagerie » of the current space, mounted under `messagerie`. Filled in by #7. */
export const messagingRoutes: Routes = [];

/** The Conseiller's side of the Messagerie, mounted under `conseiller/messagerie`. Filled in by #7. */
export const messagingBackofficeRoutes: Routes = [];
