// Only route tables: the app loads them with `loadChildren`, and each page is a chunk of its own.
export { messagingBackofficeRoutes, messagingRoutes } from './lib/messaging.routes';
