import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { HelpVoteCount } from '@portail/domain';
import { Observable } from 'rxjs';

/** The Formateur's counts of « utile ? » (anyone else gets 404). Loaded with the tab only. */
@Injectable({ providedIn: 'root' })
export class HelpVotesApi {
  private readonly http = inject(HttpClient);

  getCounts(): Observable<HelpVoteCount[]> {
    return this.http.get<HelpVoteCount[]>('/api/sandbox/help-votes');
  }
}
