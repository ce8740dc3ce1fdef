import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

/** The validated configuration of one API process, read once from the environment at start-up. */
export interface AppSettings {
  port: number;
  host: string;
  /** null: the project starts its own embedded PostgreSQL. */
  databaseUrl: string | null;
  /** Sandbox mode (default): simulated mailbox, letters and a clock the trainer can move. */
  sandbox: boolean;
  logLevel: LogLevel;
  /** When set, e-mails of the outbox are also delivered over SMTP (e.g. to Mailpit). */
  smtpUrl: string | null;
  /** Where users reach the portal, for the absolute links of e-mails sent over SMTP (default http://localhost:PORT). */
  publicUrl: string;
  /** The built portal served on the same port; null in tests and in development. */
  portalDir: string | null;
  /** Where the embedded PostgreSQL keeps its data. */
  dataDir: string | null;
  /** bcrypt cost: 12 in production; the tests lower it where they need speed. */
  bcryptCost: number;
  /** Login attempts one IP address may make per minute, checked before any password hash. */
  loginAttemptsPerIpPerMinute: number;
}

export const APP_SETTINGS = Symbol('APP_SETTINGS');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : value === 'true' ? true : value === 'false' ? false : value;
const toInteger = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^\d+$/.test(String(value)) ? Number(value) : value;

class Environment {
  @IsOptional() @Transform(toInteger) @IsInt({ message: 'doit être un nombre entier entre 1 et 65535' })
  @Min(1, { message: 'doit être un nombre entier entre 1 et 65535' })
  @Max(65535, { message: 'doit être un nombre entier entre 1 et 65535' })
  PORT?: number;

  @IsOptional() @IsString() @Matches(/^[\w.:-]+$/, { message: "doit être une adresse d'écoute (ex. 0.0.0.0)" })
  HOST?: string;

  @IsOptional() @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'doit être une URL postgres://utilisateur:mot-de-passe@hôte:port/base' })
  DATABASE_URL?: string;

  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'doit valoir true ou false' })
  SANDBOX?: boolean;

  @IsOptional() @IsIn(LOG_LEVELS, { message: `doit être l'un de : ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: LogLevel;

  @IsOptional() @Matches(/^smtps?:\/\/\S+$/, { message: 'doit être une URL smtp://hôte:port' })
  SMTP_URL?: string;

  @IsOptional() @Matches(/^https?:\/\/[^\s?#]+$/, { message: "doit être l'adresse du portail, ex. https://portail.exemple.fr" })
  PUBLIC_URL?: string;

  @IsOptional() @Transform(toInteger) @IsInt({ message: 'doit être un nombre entier entre 12 et 15' })
  @Min(12, { message: 'doit être un nombre entier entre 12 et 15' })
  @Max(15, { message: 'doit être un nombre entier entre 12 et 15' })
  BCRYPT_COST?: number;

  @IsOptional() @Transform(toInteger) @IsInt({ message: 'doit être un nombre entier entre 1 et 100000' })
  @Min(1, { message: 'doit être un nombre entier entre 1 et 100000' })
  @Max(100000, { message: 'doit être un nombre entier entre 1 et 100000' })
  LOGIN_ATTEMPTS_PER_IP_PER_MINUTE?: number;

  @IsOptional() @IsString() PORTAL_DIR?: string;
  @IsOptional() @IsString() DATA_DIR?: string;
}

export class InvalidSettingsError extends Error {}

/**
 * Reads and validates the environment; throws with a message naming every wrong variable,
 * so a misconfigured process stops at once instead of failing later.
 */
export function loadSettings(env: Record<string, string | undefined>): AppSettings {
  const known = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in KNOWN && value !== undefined && value !== ''),
  );
  const parsed = plainToInstance(Environment, known);
  const errors = validateSync(parsed);
  if (errors.length > 0) {
    const lines = errors.map(
      (error) =>
        `  - ${error.property} ${Object.values(error.constraints ?? {})[0]} (reçu ${
          // URLs may carry a password: never echo them.
          error.property.endsWith('_URL') ? 'une valeur masquée' : `« ${String(error.value)} »`
        })`,
    );
    throw new InvalidSettingsError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  return {
    port: parsed.PORT ?? 3000,
    host: parsed.HOST ?? '0.0.0.0',
    databaseUrl: parsed.DATABASE_URL ?? null,
    sandbox: parsed.SANDBOX ?? true,
    logLevel: parsed.LOG_LEVEL ?? 'info',
    smtpUrl: parsed.SMTP_URL ?? null,
    publicUrl: (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT ?? 3000}`).replace(/\/+$/, ''),
    portalDir: parsed.PORTAL_DIR ?? null,
    dataDir: parsed.DATA_DIR ?? null,
    bcryptCost: parsed.BCRYPT_COST ?? 12,
    loginAttemptsPerIpPerMinute: parsed.LOGIN_ATTEMPTS_PER_IP_PER_MINUTE ?? 60,
  };
}

const KNOWN: Record<keyof Environment, true> = {
  PORT: true, HOST: true, DATABASE_URL: true, SANDBOX: true, LOG_LEVEL: true, SMTP_URL: true, PUBLIC_URL: true, PORTAL_DIR: true, DATA_DIR: true, BCRYPT_COST: true, LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: true,
};
