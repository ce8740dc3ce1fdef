// Only route tables: the app loads them with `loadChildren`, and each page is a chunk of its own.
export { helpRoutes } from './lib/help.routes';
