export { SignupModule } from './lib/signup.module';
/** Field rules shared with the other forms that create or activate an account (« Gérer les comptes »). */
export { EmailAddress, LinkToken, NameText, NewPassword } from './lib/signup.dto';
export { EmailValidationService } from './lib/email-validation.service';
export { PasswordResetService } from './lib/password-reset.service';
