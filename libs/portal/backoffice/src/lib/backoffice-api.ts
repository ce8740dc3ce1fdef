import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PendingSpace, SpaceSummary } from '@portail/domain';
import { Observable } from 'rxjs';

/** The Conseiller Urssaf's endpoints (contract: `@portail/domain`, contracts/identity). */
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
}
