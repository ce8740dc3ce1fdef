import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActAsResult,
  ClockState,
  MailboxRecipient,
  OutboundMessageDetail,
  OutboundMessageKind,
  OutboundMessagePage,
  ResendResult,
} from '@portail/domain';
import { Observable } from 'rxjs';

const BASE_URL = '/api/sandbox';

export interface MessagePageQuery {
  kind: OutboundMessageKind;
  recipient: string;
  /** The cursor of the previous page, to get older messages. */
  before?: string | null;
  limit?: number;
}

/**
 * The sandbox endpoints the shell and the mailbox need (contract: `@portail/domain`,
 * contracts/sandbox). The trainer's console has its own client, loaded with the console.
 */
@Injectable({ providedIn: 'root' })
export class SandboxApi {
  private readonly http = inject(HttpClient);

  getClock(): Observable<ClockState> {
    return this.http.get<ClockState>(`${BASE_URL}/clock`);
  }

  getRecipients(kind: OutboundMessageKind): Observable<MailboxRecipient[]> {
    return this.http.get<MailboxRecipient[]>(`${BASE_URL}/recipients`, { params: { kind } });
  }

  getMessages({ kind, recipient, before, limit }: MessagePageQuery): Observable<OutboundMessagePage> {
    let params = new HttpParams().set('kind', kind).set('recipient', recipient);
    if (before) {
      params = params.set('before', before);
    }
    if (limit !== undefined) {
      params = params.set('limit', limit);
    }
    return this.http.get<OutboundMessagePage>(`${BASE_URL}/messages`, { params });
  }

  getMessage(id: string): Observable<OutboundMessageDetail> {
    return this.http.get<OutboundMessageDetail>(`${BASE_URL}/messages/${encodeURIComponent(id)}`);
  }

  /** Formateur: does what the product's own « renvoyer » button does (a new link, a new e-mail). */
  resendMessage(id: string): Observable<ResendResult> {
    return this.http.post<ResendResult>(`${BASE_URL}/messages/${encodeURIComponent(id)}/resend`, {});
  }

  /** Formateur: the letter never arrived. */
  markLetterLost(id: string): Observable<OutboundMessageDetail> {
    return this.http.post<OutboundMessageDetail>(`${BASE_URL}/messages/${encodeURIComponent(id)}/lost`, {});
  }

  /** Formateur: the session cookie then belongs to the persona. */
  actAs(personaKey: string): Observable<ActAsResult> {
    return this.http.post<ActAsResult>(`${BASE_URL}/personas/${encodeURIComponent(personaKey)}/act-as`, {});
  }

  /** From a persona's session: back to the Formateur's own. */
  returnToTrainer(): Observable<ActAsResult> {
    return this.http.post<ActAsResult>(`${BASE_URL}/personas/return`, {});
  }
}
