import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ContributionRequest,
  ContributionRequestDecision,
  PendingContributionRequest,
  PendingSpace,
  SpaceSummary,
} from '@portail/domain';
import { Observable } from 'rxjs';

/** The Conseiller Urssaf's endpoints (contract: `@portail/domain`, contracts/identity and contracts/cotisations). */
@Injectable({ providedIn: 'root' })
export class BackofficeApi {
  private readonly http = inject(HttpClient);

  getPendingSpaces(): Observable<PendingSpace[]> {
    return this.http.get<PendingSpace[]>('/api/backoffice/pending-spaces');
  }

  /** « Finaliser le paramétrage »: the space becomes active and its administrator is e-mailed. */
  finalise(spaceId: string): Observable<SpaceSummary> {
    return this.http.post<SpaceSummary>(`/api/backoffice/spaces/${encodeURIComponent(spaceId)}/finalise`, {});
  }

  /** The requests for a payment delay or a recalculation: pending first, oldest first, then the decided ones. */
  getContributionRequests(): Observable<PendingContributionRequest[]> {
    return this.http.get<PendingContributionRequest[]>('/api/backoffice/contribution-requests');
  }

  /** Accepts or refuses a request: the filer is e-mailed. 409 when a colleague decided first. */
  decide(requestId: string, decision: ContributionRequestDecision): Observable<ContributionRequest> {
    return this.http.post<ContributionRequest>(
      `/api/backoffice/contribution-requests/${encodeURIComponent(requestId)}/decision`,
      decision,
    );
  }
}
