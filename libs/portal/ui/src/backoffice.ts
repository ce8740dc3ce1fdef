// The back-office's navigation, an entry point of its own: the shell imports `@portail/portal-ui`,
// and whatever that barrel exports lands in the initial bundle (RouterLinkActive included). Only
// the Conseiller's lazy pages import this one.
export { BackofficeNav } from './lib/backoffice-nav/backoffice-nav';
