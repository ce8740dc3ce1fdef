import type { IncomingMessage } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { AppSettings } from '../settings/app-settings';

// Query parameters that may carry a secret (validation links, activation links, codes).
const SECRET_PARAMETER = /^(token|jeton|code|password|mot_?de_?passe|secret|answer|reponse|key|cle)$/i;
// NIR: 13 or 15 characters, Corsica included; masked wherever a URL carries one.
const NIR = /\b[12]\d{4}(?:\d{2}|2[AB])\d{6}(?:\d{2})?\b/gi;

/** The URL as logged: secret query values and NIRs replaced by asterisks. */
export function redactUrl(url: string): string {
  const [path, query] = url.split('?', 2);
  const safePath = path.replace(NIR, '***NIR***');
  if (query === undefined) return safePath;
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const [name] = pair.split('=', 1);
      return SECRET_PARAMETER.test(decodeURIComponentSafe(name)) ? `${name}=***` : pair.replace(NIR, '***NIR***');
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Structured JSON logs. Request bodies are never logged, headers that carry sessions are
 * removed, and any field named like a secret is censored wherever it appears.
 */
export function loggerOptions(settings: AppSettings, stream?: DestinationStream): Params {
  return {
    // nestjs-pino's default route '*' is the old path syntax, which Nest 11 warns about at start-up.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: settings.logLevel,
      ...(stream ? { stream } : {}),
      redact: {
        paths: [
          'password', '*.password', 'token', '*.token', 'code', '*.code', 'answer', '*.answer',
          'currentPassword', '*.currentPassword', 'newPassword', '*.newPassword',
        ],
        censor: '***',
      },
      serializers: {
        req: (req: IncomingMessage & { id?: unknown }) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url ?? ''),
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    },
  };
}
