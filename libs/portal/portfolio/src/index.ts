export { portfolioRoutes } from './lib/portfolio.routes';
