import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { ActAsResult } from '@portail/domain';
import { SessionStore } from '@portail/portal-identity';
import { type Observable, firstValueFrom } from 'rxjs';
import { describeApiError } from '../api-error';
import { SandboxApi } from '../sandbox-api';

/** The trainer's console: where a trainer lands when the API gives no usable address. */
export const CONSOLE_URL = '/bac-a-sable/console';

/** Only a path of this portal: the API's `redirectTo` never leads to another site. */
function portalPath(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\') ? url : CONSOLE_URL;
}

/**
 * « Agir en tant que » and « Revenir à la console »: the API swaps the session cookie, then the
 * portal reads the session again (the header, the bar and the guards follow it) and goes where
 * the API says. Used by the shell's sandbox bar as well as by the console.
 */
@Injectable({ providedIn: 'root' })
export class PersonaSwitch {
  private readonly api = inject(SandboxApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly busy = signal(false);
  private readonly returnError = signal<string | null>(null);

  readonly pending = this.busy.asReadonly();
  /** Why « Revenir à la console » failed. */
  readonly returnFailure = this.returnError.asReadonly();
  /** The persona's name while the trainer acts as them (SessionState.actingTrainer). */
  readonly actingAs = computed(() => {
    const session = this.session.session();
    return session?.actingTrainer ? `${session.person.firstName} ${session.person.lastName}` : null;
  });
  /** The trainer in their own session. */
  readonly isTrainer = computed(() => {
    const session = this.session.session();
    return session?.person.backofficeRole === 'formateur' && !session.actingTrainer;
  });

  /** Rejects with the API's error (the console says it beside the persona's card). */
  actAs(personaKey: string): Promise<void> {
    return this.switch(this.api.actAs(personaKey));
  }

  async returnToConsole(): Promise<void> {
    this.returnError.set(null);
    try {
      await this.switch(this.api.returnToTrainer());
    } catch (error) {
      this.returnError.set(describeApiError(error));
    }
  }

  private async switch(request: Observable<ActAsResult>): Promise<void> {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    try {
      const { redirectTo } = await firstValueFrom(request);
      await this.session.refresh();
      await this.router.navigateByUrl(portalPath(redirectTo));
    } finally {
      this.busy.set(false);
    }
  }
}
