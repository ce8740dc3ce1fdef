import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { HelpCentre, HelpVote, HelpVoteRequest, HelpVotes } from '@portail/domain';
import { Observable } from 'rxjs';

/** « Questions-Réponses » (contract: `@portail/domain`, contracts/help). */
@Injectable({ providedIn: 'root' })
export class HelpApi {
  private readonly http = inject(HttpClient);

  /** Public: the themes, questions and answers, and the change-of-situation guide. */
  getHelpCentre(): Observable<HelpCentre> {
    return this.http.get<HelpCentre>('/api/help/questions');
  }

  /** The signed-in person's votes (401 anonymous). */
  getVotes(): Observable<HelpVotes> {
    return this.http.get<HelpVotes>('/api/help/votes');
  }

  /** 201; 409 when the person already gave their opinion on this question. */
  vote(questionId: string, useful: boolean): Observable<HelpVote> {
    const body: HelpVoteRequest = { useful };
    return this.http.post<HelpVote>(`/api/help/questions/${encodeURIComponent(questionId)}/vote`, body);
  }
}
