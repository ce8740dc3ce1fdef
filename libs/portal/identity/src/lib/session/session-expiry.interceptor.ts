import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { tap } from 'rxjs';
import { SessionStore } from './session-store';

/** A 401 there means wrong credentials or no session yet, not a session that ended. */
const NOT_A_SESSION_END = ['/api/auth/login', '/api/auth/session'];

/**
 * A session ends on the server (expiry, password reset elsewhere…): the next call answers 401.
 * The header must then stop showing the person as signed in.
 */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(SessionStore);
  return next(request).pipe(
    tap({
      error: (error: unknown) => {
        if (
          error instanceof HttpErrorResponse &&
          error.status === 401 &&
          request.url.startsWith('/api/') &&
          !NOT_A_SESSION_END.includes(request.url) &&
          store.session() !== null
        ) {
          store.clear();
        }
      },
    }),
  );
};
