import { Injectable, computed, inject, signal } from '@angular/core';
import type { ChangePasswordRequest, LoginRequest, SessionState } from '@portail/domain';
import { firstValueFrom } from 'rxjs';
import { IdentityApi } from '../identity-api';
import { homeUrlOf } from './landing';

/**
 * Who is signed in, for the whole portal. `session` is null for an anonymous visitor.
 *
 * The session is read once from GET /api/auth/session (401: anonymous) by `ensureLoaded()`, which
 * the shell calls at start and the guards await; `loaded` turns true when it is known. Every call
 * that answers a SessionState (login, choice of space, password change) replaces it; logout and an
 * expired session (see sessionExpiryInterceptor) clear it.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(IdentityApi);
  private readonly state = signal<SessionState | null>(null);
  private readonly loadedState = signal(false);
  private pendingLoad: Promise<SessionState | null> | null = null;
  /** Bumped by every change, so that a slow initial read never overwrites a fresher session. */
  private version = 0;

  readonly session = this.state.asReadonly();
  readonly loaded = this.loadedState.asReadonly();
  readonly currentSpace = computed(() => {
    const session = this.state();
    return session?.spaces.find((space) => space.id === session.currentSpaceId) ?? null;
  });
  /** Where « Fermer », « Retour à l'accueil »… lead: the space home, or the step still to take. */
  readonly homeUrl = computed(() => {
    const session = this.state();
    return session ? homeUrlOf(session) : '/';
  });

  /** The session, read from the API the first time only. */
  ensureLoaded(): Promise<SessionState | null> {
    if (this.loadedState()) {
      return Promise.resolve(this.state());
    }
    this.pendingLoad ??= this.fetch();
    return this.pendingLoad;
  }

  /** Reads the session again, e.g. after a change made elsewhere (password reset). */
  refresh(): Promise<SessionState | null> {
    this.pendingLoad = this.fetch();
    return this.pendingLoad;
  }

  async login(request: LoginRequest): Promise<SessionState> {
    return this.accept(await firstValueFrom(this.api.login(request)));
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } finally {
      // Whatever the answer, this browser no longer acts for the person.
      this.clear();
    }
  }

  async chooseSpace(spaceId: string): Promise<SessionState> {
    return this.accept(await firstValueFrom(this.api.chooseSpace({ spaceId })));
  }

  async changePassword(request: ChangePasswordRequest): Promise<SessionState> {
    return this.accept(await firstValueFrom(this.api.changePassword(request)));
  }

  /** Forgets the session locally: the API said it no longer exists. */
  clear(): void {
    this.set(null);
  }

  private accept(session: SessionState): SessionState {
    this.set(session);
    return session;
  }

  private set(session: SessionState | null): void {
    this.version++;
    this.state.set(session);
    this.loadedState.set(true);
  }

  private async fetch(): Promise<SessionState | null> {
    const version = this.version;
    let session: SessionState | null = null;
    try {
      session = await firstValueFrom(this.api.getSession());
    } catch {
      // 401 is the anonymous visitor. An API out of reach leaves the visitor anonymous too: the
      // pages say themselves that the service is unavailable when they call it.
    }
    if (this.version === version) {
      this.set(session);
    }
    this.pendingLoad = null;
    return this.state();
  }
}
