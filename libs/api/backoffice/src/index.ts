export { BackofficeModule } from './lib/backoffice.module';
