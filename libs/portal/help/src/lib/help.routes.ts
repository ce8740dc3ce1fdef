import { Routes } from '@angular/router';

/** « Questions-Réponses » and the change-of-situation guide, mounted under `aide`. Filled in by #7. */
export const helpRoutes: Routes = [];
