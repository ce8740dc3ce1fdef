// Only route tables: the app loads them with `loadChildren`, and each page is a chunk of its own.
export { complaintsBackofficeRoutes, complaintsRoutes, mediationBackofficeRoutes, mediationRoutes } from './lib/complaints.routes';
