export { MessagingModule } from './lib/messaging.module';
