import { Module } from '@nestjs/common';
import { IdentityModule } from '@portail/api-identity';
import { OutboxModule } from '@portail/api-outbox';
import { EmailLinks } from './email-links';
import { EmailValidationService } from './email-validation.service';
import { PasswordCreationService } from './password-creation.service';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';
import { SignupController } from './signup.controller';
import { SignupService } from './signup.service';

/** Signup and forgotten password: the anonymous routes that work by links sent by e-mail. */
@Module({
  imports: [IdentityModule, OutboxModule],
  controllers: [SignupController, PasswordResetController],
  providers: [EmailLinks, SignupService, EmailValidationService, PasswordCreationService, PasswordResetService],
  // The sandbox's « Renvoyer » does what the product's own « Renvoyer le courriel » does.
  exports: [EmailValidationService, PasswordResetService],
})
export class SignupModule {}
