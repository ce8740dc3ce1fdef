import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BackofficeAnswer,
  BackofficeThread,
  BackofficeThreadFilter,
  BackofficeThreadSummary,
  MessageThread,
  MessageThreadSummary,
  NewThreadRequest,
} from '@portail/domain';
import { Observable } from 'rxjs';

const SPACE = '/api/messaging/threads';
const BACKOFFICE = '/api/backoffice/messaging/threads';

/** The Messagerie's endpoints (contract: `@portail/domain`, contracts/messaging). */
@Injectable({ providedIn: 'root' })
export class MessagingApi {
  private readonly http = inject(HttpClient);

  /** The current space's conversations, newest activity first, with the caller's unread counts. */
  getThreads(): Observable<MessageThreadSummary[]> {
    return this.http.get<MessageThreadSummary[]>(SPACE);
  }

  startThread(request: NewThreadRequest): Observable<MessageThread> {
    return this.http.post<MessageThread>(SPACE, request);
  }

  /** The conversation; the API marks it read for the caller. */
  getThread(threadId: string): Observable<MessageThread> {
    return this.http.get<MessageThread>(`${SPACE}/${encodeURIComponent(threadId)}`);
  }

  reply(threadId: string, body: string): Observable<MessageThread> {
    return this.http.post<MessageThread>(`${SPACE}/${encodeURIComponent(threadId)}/messages`, { body });
  }

  /** The Conseiller's lists: « À traiter » (the space wrote last) or every conversation. */
  getBackofficeThreads(filter: BackofficeThreadFilter): Observable<BackofficeThreadSummary[]> {
    return this.http.get<BackofficeThreadSummary[]>(BACKOFFICE, { params: { filter } });
  }

  getBackofficeThread(threadId: string): Observable<BackofficeThread> {
    return this.http.get<BackofficeThread>(`${BACKOFFICE}/${encodeURIComponent(threadId)}`);
  }

  /** Answers as the Urssaf; the space is told by e-mail. */
  answer(threadId: string, body: string): Observable<BackofficeAnswer> {
    return this.http.post<BackofficeAnswer>(`${BACKOFFICE}/${encodeURIComponent(threadId)}/messages`, { body });
  }
}
