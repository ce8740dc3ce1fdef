import { ForbiddenException } from '@nestjs/common';
import { CSRF_COOKIE, CSRF_HEADER } from '@portail/domain';
import type { NextFunction, Request, Response } from 'express';
import { randomBytes, timingSafeEqual } from 'node:crypto';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit protection for every state change: the API hands out a random token in a cookie
 * that scripts of our own origin can read, and a state-changing request must echo it in a header,
 * which another site cannot do. The session cookie is SameSite=Strict on top of that.
 */
export function csrfProtection(secureCookies: boolean) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const cookie: unknown = (request.cookies as Record<string, unknown> | undefined)?.[CSRF_COOKIE];
    if (typeof cookie !== 'string' || cookie.length < 20) {
      response.cookie(CSRF_COOKIE, randomBytes(24).toString('base64url'), {
        httpOnly: false,
        sameSite: 'strict',
        secure: secureCookies,
        path: '/',
      });
    }
    if (SAFE_METHODS.has(request.method)) return next();
    const header = request.get(CSRF_HEADER);
    if (typeof cookie === 'string' && typeof header === 'string' && sameText(cookie, header)) return next();
    next(new ForbiddenException('Jeton de sécurité manquant ou invalide (CSRF) : rechargez la page puis réessayez.'));
  };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
