export { HomePage } from './lib/home-page/home-page';
export { NotFoundPage } from './lib/not-found-page/not-found-page';
