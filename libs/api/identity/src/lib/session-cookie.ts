import { SESSION_COOKIE } from '@portail/domain';
import type { CookieOptions, Response } from 'express';

/** HttpOnly, SameSite=Strict, Secure behind HTTPS; no Max-Age: the server decides when a session ends. */
export function sessionCookieOptions(publicUrl: string): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: publicUrl.startsWith('https:'), path: '/' };
}

export function setSessionCookie(response: Response, sessionId: string, publicUrl: string): void {
  response.cookie(SESSION_COOKIE, sessionId, sessionCookieOptions(publicUrl));
}

export function clearSessionCookie(response: Response, publicUrl: string): void {
  response.clearCookie(SESSION_COOKIE, sessionCookieOptions(publicUrl));
}
