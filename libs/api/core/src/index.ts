export { APP_SETTINGS, InvalidSettingsError, loadSettings, type AppSettings, type LogLevel } from './settings/app-settings';
export { SettingsModule } from './settings/settings.module';
export { AllExceptionsFilter, UNREPRESENTABLE_INPUT } from './http/all-exceptions.filter';
export {
  createValidationPipe,
  frenchFieldErrors,
  FrenchValidationException,
  FrenchValidationPipe,
  refuseUnsafeText,
  type FieldError,
} from './http/french-validation';
export { findUnsafeText, isUnsafeText, unsafeTextMessage } from './http/unsafe-text';
export { BAD_AFTER_CURSOR, cursorInstant, decodeJsonCursor, isCursorDigits, isCursorMicroseconds, isCursorText, isCursorUuid } from './http/cursors';
export { API_PREFIX, configureApp } from './http/configure-app';
export { JSON_BODY_OPTIONS, jsonDepthExceeds, MAX_JSON_DEPTH, TOO_DEEP_MESSAGE } from './http/json-body';
export { Clock } from './clock/clock';
export { ClockModule } from './clock/clock.module';
export { FAULT_KINDS, SandboxFaults } from './sandbox/sandbox-faults';
export { loggerOptions, redactUrl } from './logging/logger-options';
export { AuditTrail, type AuditEvent } from './audit/audit-trail';
export { AllowsProvisionalPassword, BackofficeOnly, Public, IS_PUBLIC, ALLOWS_PROVISIONAL_PASSWORD, BACKOFFICE_ROLE } from './auth/public.decorator';
export { CurrentSession, type AuthenticatedSession, type RequestWithSession } from './auth/current-session';
export { RateLimiter, type RateLimit } from './rate-limit/rate-limiter';
export {
  ACCESS,
  ADMINISTRATORS_ONLY,
  AnySession,
  CotisationsAccess,
  enforceAccess,
  FirmAdministrator,
  FirmMember,
  missingRight,
  NOT_A_FIRM,
  refuseWithoutRight,
  SpaceMember,
  SPACE_MEMBERS_ONLY,
  TitulaireOnly,
  TITULAIRE_ONLY,
  type AccessPolicy,
  type RequiredRight,
  type SessionMembership,
} from './auth/access';
