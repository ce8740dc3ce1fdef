export { backofficeRoutes } from './lib/backoffice.routes';
