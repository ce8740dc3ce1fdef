import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActivateAccountRequest,
  ActivationInvitation,
  AssignClientsRequest,
  AssignablePage,
  AssignmentResult,
  AuditPage,
  AuditQuery,
  CorrectEmailRequest,
  CreateAccountRequest,
  FirmAccount,
  FirmAccountList,
  PortfolioPage,
  PortfolioPageQuery,
  SubPortfolioPage,
  TransferPreview,
  TransferRequest,
  TransferResult,
  UpdateRightsRequest,
} from '@portail/domain';
import { Observable } from 'rxjs';

/** The query parameters of a GET; those left undefined or empty are not sent. */
function paramsOf(query: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(name, String(value));
    }
  }
  return params;
}

function accountUrl(personId: string): string {
  return `/api/firm/accounts/${encodeURIComponent(personId)}`;
}

/**
 * The CSV of the audit trail for these filters. A plain link, not an HTTP call: the browser sends
 * the session cookie and saves the file itself.
 */
export function auditCsvUrlOf(query: Pick<AuditQuery, 'person' | 'client' | 'kind'>): string {
  const params = paramsOf({ person: query.person, client: query.client, kind: query.kind }).toString();
  return params ? `/api/firm/audit.csv?${params}` : '/api/firm/audit.csv';
}

/**
 * « Gérer les comptes », the transfer between administrators, the Historique and the public
 * activation of an account (contract: `@portail/domain`, contracts/accounts).
 */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  getAccounts(): Observable<FirmAccountList> {
    return this.http.get<FirmAccountList>('/api/firm/accounts');
  }

  /** 404 for a person who has no account in the space. */
  getAccount(personId: string): Observable<FirmAccount> {
    return this.http.get<FirmAccount>(accountUrl(personId));
  }

  /** « Ajouter un compte »: the API e-mails the activation link at once. */
  createAccount(request: CreateAccountRequest): Observable<FirmAccount> {
    return this.http.post<FirmAccount>('/api/firm/accounts', request);
  }

  updateRights(personId: string, request: UpdateRightsRequest): Observable<FirmAccount> {
    return this.http.put<FirmAccount>(`${accountUrl(personId)}/rights`, request);
  }

  /** « Envoyer un nouveau lien »: the previous link stops working. */
  sendNewActivationLink(personId: string): Observable<FirmAccount> {
    return this.http.post<FirmAccount>(`${accountUrl(personId)}/activation-link`, {});
  }

  /** An invitation that bounced: the corrected address gets a new activation link at once. */
  correctEmail(personId: string, request: CorrectEmailRequest): Observable<FirmAccount> {
    return this.http.put<FirmAccount>(`${accountUrl(personId)}/email`, request);
  }

  deactivate(personId: string): Observable<FirmAccount> {
    return this.http.post<FirmAccount>(`${accountUrl(personId)}/deactivate`, {});
  }

  getSubPortfolio(personId: string, query: PortfolioPageQuery): Observable<SubPortfolioPage> {
    return this.http.get<SubPortfolioPage>(`${accountUrl(personId)}/clients`, { params: paramsOf(query) });
  }

  getAssignable(personId: string, query: PortfolioPageQuery): Observable<AssignablePage> {
    return this.http.get<AssignablePage>(`${accountUrl(personId)}/assignable`, { params: paramsOf(query) });
  }

  assignClients(personId: string, request: AssignClientsRequest): Observable<AssignmentResult> {
    return this.http.post<AssignmentResult>(`${accountUrl(personId)}/clients`, request);
  }

  removeClient(personId: string, clientId: string): Observable<void> {
    return this.http.delete<void>(`${accountUrl(personId)}/clients/${encodeURIComponent(clientId)}`);
  }

  previewTransfer(from: string, to: string): Observable<TransferPreview> {
    return this.http.get<TransferPreview>('/api/firm/transfer/preview', { params: paramsOf({ from, to }) });
  }

  transfer(request: TransferRequest): Observable<TransferResult> {
    return this.http.post<TransferResult>('/api/firm/transfer', request);
  }

  getAudit(query: AuditQuery): Observable<AuditPage> {
    return this.http.get<AuditPage>('/api/firm/audit', { params: paramsOf(query) });
  }

  /** The Historique's client filter looks clients up in the portfolio. */
  searchPortfolio(search: string, limit: number): Observable<PortfolioPage> {
    return this.http.get<PortfolioPage>('/api/portfolio/clients', { params: paramsOf({ search, limit }) });
  }

  // Public: the person activating has no session yet.

  checkActivation(token: string): Observable<ActivationInvitation> {
    return this.http.post<ActivationInvitation>('/api/activation/check', { token });
  }

  activate(request: ActivateAccountRequest): Observable<void> {
    return this.http.post<void>('/api/activation', request);
  }
}
