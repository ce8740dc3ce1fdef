import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ChangePasswordRequest,
  CheckSiretRequest,
  ChooseSpaceRequest,
  CreatePasswordRequest,
  EmailValidated,
  LoginRequest,
  PasswordResetRequest,
  ResendValidationRequest,
  ResetPasswordRequest,
  SessionState,
  SignupAccepted,
  SignupRequest,
  SpaceHome,
  ValidateEmailRequest,
} from '@portail/domain';
import { Observable } from 'rxjs';

/**
 * The identity endpoints of the API (contract: `@portail/domain`, contracts/identity). The CSRF
 * header of state-changing requests is added by HttpClient's XSRF support (see app.config.ts).
 */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly http = inject(HttpClient);

  // Signup — the FAQ's steps 4 to 9.

  checkSiret(body: CheckSiretRequest): Observable<CheckSiretRequest> {
    return this.http.post<CheckSiretRequest>('/api/signup/check-siret', body);
  }

  signup(body: SignupRequest): Observable<SignupAccepted> {
    return this.http.post<SignupAccepted>('/api/signup', body);
  }

  resendValidation(body: ResendValidationRequest): Observable<void> {
    return this.http.post<void>('/api/signup/resend', body);
  }

  validateEmail(body: ValidateEmailRequest): Observable<EmailValidated> {
    return this.http.post<EmailValidated>('/api/signup/validate-email', body);
  }

  createPassword(body: CreatePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/signup/password', body);
  }

  // Session.

  getSession(): Observable<SessionState> {
    return this.http.get<SessionState>('/api/auth/session');
  }

  login(body: LoginRequest): Observable<SessionState> {
    return this.http.post<SessionState>('/api/auth/login', body);
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', {});
  }

  chooseSpace(body: ChooseSpaceRequest): Observable<SessionState> {
    return this.http.post<SessionState>('/api/auth/space', body);
  }

  changePassword(body: ChangePasswordRequest): Observable<SessionState> {
    return this.http.post<SessionState>('/api/auth/password', body);
  }

  // Forgotten password.

  requestPasswordReset(body: PasswordResetRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset/request', body);
  }

  resetPassword(body: ResetPasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset', body);
  }

  // Spaces.

  getCurrentSpace(): Observable<SpaceHome> {
    return this.http.get<SpaceHome>('/api/spaces/current');
  }
}
