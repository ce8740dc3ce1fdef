export { AccountsModule } from './lib/accounts.module';
