export { APP_SETTINGS, InvalidSettingsError, loadSettings, type AppSettings, type LogLevel } from './settings/app-settings';
export { SettingsModule } from './settings/settings.module';
export { AllExceptionsFilter } from './http/all-exceptions.filter';
export { createValidationPipe, frenchFieldErrors, FrenchValidationException, type FieldError } from './http/french-validation';
export { API_PREFIX, configureApp } from './http/configure-app';
export { Clock } from './clock/clock';
export { ClockModule } from './clock/clock.module';
export { loggerOptions, redactUrl } from './logging/logger-options';
