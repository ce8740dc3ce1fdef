export { AccountsModule } from './lib/accounts.module';
export { TransferModule } from './lib/transfer/transfer.module';
export { ACCOUNT_NOT_FOUND, FirmAccountReader } from './lib/firm-account-reader';
export { ActivationLinks } from './lib/activation/activation-links';
