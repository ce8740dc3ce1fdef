// The identity library's form pieces, for the pages of other libraries (« Ajouter un compte », the
// activation of an account, the transfer's password). An entry point of its own: the shell imports
// the main one eagerly for the session, and these would drag Material's form fields and radio
// buttons into the initial bundle with it.
export { CivilityFieldset } from './lib/civility/civility-fieldset';
export { NewPasswordFields, createNewPasswordForm } from './lib/password/new-password';
export { PasswordField } from './lib/password/password-field';
export { SandboxMailboxHint } from './lib/sandbox-mailbox-hint/sandbox-mailbox-hint';
