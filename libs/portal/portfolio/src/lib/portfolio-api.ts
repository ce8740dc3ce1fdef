import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddClientRequest,
  FinaliseAttachmentRequest,
  PortfolioClientDetail,
  PortfolioPage,
  PortfolioPageQuery,
  PortfolioSummary,
} from '@portail/domain';
import { Observable } from 'rxjs';

/** The client portfolio's endpoints (contract: `@portail/domain`, contracts/portfolio). */
@Injectable({ providedIn: 'root' })
export class PortfolioApi {
  private readonly http = inject(HttpClient);

  getSummary(): Observable<PortfolioSummary> {
    return this.http.get<PortfolioSummary>('/api/portfolio/summary');
  }

  /** One keyset page; the parameters left undefined are not sent. */
  getClients(query: PortfolioPageQuery): Observable<PortfolioPage> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') {
        params = params.set(name, String(value));
      }
    }
    return this.http.get<PortfolioPage>('/api/portfolio/clients', { params });
  }

  /** « Ajouter un client »: the API also e-mails the client and posts the security code. */
  addClient(request: AddClientRequest): Observable<PortfolioClientDetail> {
    return this.http.post<PortfolioClientDetail>('/api/portfolio/clients', request);
  }

  getClient(clientId: string): Observable<PortfolioClientDetail> {
    return this.http.get<PortfolioClientDetail>(clientUrl(clientId));
  }

  finalise(clientId: string, request: FinaliseAttachmentRequest): Observable<PortfolioClientDetail> {
    return this.http.post<PortfolioClientDetail>(`${clientUrl(clientId)}/finalise`, request);
  }

  /** « Supprimer le client »: its security code stops working. */
  deleteClient(clientId: string): Observable<void> {
    return this.http.delete<void>(clientUrl(clientId));
  }
}

function clientUrl(clientId: string): string {
  return `/api/portfolio/clients/${encodeURIComponent(clientId)}`;
}
