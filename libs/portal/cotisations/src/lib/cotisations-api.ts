import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CardPaymentRequest,
  ContributionRequestInput,
  CotisationsOverview,
  DeclareIncomeRequest,
  MandateNotice,
  SepaMandateRequest,
  TelepaymentRequest,
} from '@portail/domain';
import { Observable } from 'rxjs';

/**
 * « Mes cotisations »'s endpoints (contract: `@portail/domain`, contracts/cotisations). `base` is
 * the scope's address (cotisationsBaseUrl); every action answers the whole, updated overview.
 */
@Injectable({ providedIn: 'root' })
export class CotisationsApi {
  private readonly http = inject(HttpClient);

  getOverview(base: string): Observable<CotisationsOverview> {
    return this.http.get<CotisationsOverview>(base);
  }

  /** « Revenus »: the contributions of the year are recalculated from it. */
  declareIncome(base: string, request: DeclareIncomeRequest): Observable<CotisationsOverview> {
    return this.http.post<CotisationsOverview>(`${base}/revenus`, request);
  }

  /** 422 `card-declined` for the declined test card. */
  payByCard(base: string, request: CardPaymentRequest): Observable<CotisationsOverview> {
    return this.http.post<CotisationsOverview>(`${base}/paiements/carte`, request);
  }

  payByTelepayment(base: string, request: TelepaymentRequest): Observable<CotisationsOverview> {
    return this.http.post<CotisationsOverview>(`${base}/paiements/telepaiement`, request);
  }

  /** Signs (or replaces) the SEPA mandate: the unpaid instalments become « Prélèvement programmé ». */
  signMandate(base: string, request: SepaMandateRequest): Observable<CotisationsOverview> {
    return this.http.put<CotisationsOverview>(`${base}/prelevement`, request);
  }

  revokeMandate(base: string): Observable<CotisationsOverview> {
    return this.http.delete<CotisationsOverview>(`${base}/prelevement`);
  }

  /** « Demander un délai de paiement » or « un recalcul des cotisations ». */
  fileRequest(base: string, request: ContributionRequestInput): Observable<CotisationsOverview> {
    return this.http.post<CotisationsOverview>(`${base}/demandes`, request);
  }

  /** For the TI in their own space: the tiers déclarants attached, or asking to be. */
  getMandateNotices(): Observable<MandateNotice[]> {
    return this.http.get<MandateNotice[]>('/api/me/tiers');
  }
}
