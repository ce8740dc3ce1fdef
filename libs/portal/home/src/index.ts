export { HomePage } from './lib/home-page/home-page';
export { ComingSoonPage } from './lib/coming-soon-page/coming-soon-page';
export { NotFoundPage } from './lib/not-found-page/not-found-page';
