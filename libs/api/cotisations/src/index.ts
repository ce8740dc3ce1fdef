export { CotisationsModule } from './lib/cotisations.module';
