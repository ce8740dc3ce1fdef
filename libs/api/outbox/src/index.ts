export { OutboundMessage } from './lib/outbound-message.entity';
export { Outbox, type NewEmail, type NewLetter } from './lib/outbox';
export { OutboxReader, type MessageQuery, type StoredMessage } from './lib/outbox-reader';
export { OutboxModule } from './lib/outbox.module';
export { renderText, SMTP_FROM, SmtpRelay, type SmtpRelayOptions } from './lib/smtp-relay';
