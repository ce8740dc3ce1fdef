import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import type { UnreadMessages } from '@portail/domain';
import { filter, firstValueFrom } from 'rxjs';
import { SessionStore } from '../session/session-store';

/**
 * The header's « Messagerie » link: the number of the Urssaf's messages the person has not read in
 * the current space, or null for no link (anonymous, no current space, or the API refuses the
 * Messagerie: a collaborator without the right, an employer's space). Read again at every page
 * change, and by the Messagerie's pages once a conversation is read. Kept tiny: the shell loads it.
 */
@Injectable({ providedIn: 'root' })
export class UnreadMessagesStore {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);
  private readonly state = signal<number | null>(null);
  /** Only the answer to the latest read is kept: a slow one never overwrites a fresher count. */
  private latest = 0;

  readonly count = this.state.asReadonly();

  constructor() {
    inject(Router)
      .events.pipe(filter((event) => event instanceof NavigationEnd))
      .subscribe(() => void this.refresh());
  }

  async refresh(): Promise<void> {
    const ticket = ++this.latest;
    const session = await this.session.ensureLoaded();
    if (!session?.currentSpaceId || session.mustChangePassword) {
      this.keep(ticket, null);
      return;
    }
    try {
      this.keep(ticket, (await firstValueFrom(this.http.get<UnreadMessages>('/api/messaging/unread'))).count);
    } catch (error) {
      // 401, 403, 404: no Messagerie here. The API out of reach: the last count stays.
      if (error instanceof HttpErrorResponse && error.status >= 400 && error.status < 500) {
        this.keep(ticket, null);
      }
    }
  }

  private keep(ticket: number, count: number | null): void {
    if (ticket === this.latest) {
      this.state.set(count);
    }
  }
}
