import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ClockState,
  MailboxRecipient,
  OutboundMessageDetail,
  OutboundMessageKind,
  OutboundMessagePage,
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

/** The sandbox endpoints of the API (contract: `@portail/domain`, contracts/sandbox). */
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
}
