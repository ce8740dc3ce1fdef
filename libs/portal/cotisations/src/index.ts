export { cotisationsRoutes } from './lib/cotisations.routes';
