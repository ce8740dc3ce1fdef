import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AdvanceClockRequest,
  ClockState,
  FaultKind,
  FaultState,
  PersonaCard,
  ResetProgress,
  ScenarioCatalogue,
  ScenarioKey,
  TraineeCard,
} from '@portail/domain';
import { Observable } from 'rxjs';

const BASE_URL = '/api/sandbox';

/**
 * The Formateur's endpoints (contract: `@portail/domain`, contracts/sandbox). Anyone else gets
 * 404. Loaded with the console only: the shell never needs them.
 */
@Injectable({ providedIn: 'root' })
export class TrainerApi {
  private readonly http = inject(HttpClient);

  advanceClock(request: AdvanceClockRequest): Observable<ClockState> {
    return this.http.post<ClockState>(`${BASE_URL}/clock/advance`, request);
  }

  setClock(at: string): Observable<ClockState> {
    return this.http.post<ClockState>(`${BASE_URL}/clock/set`, { at });
  }

  resetClock(): Observable<ClockState> {
    return this.http.post<ClockState>(`${BASE_URL}/clock/reset`, {});
  }

  getScenarios(): Observable<ScenarioCatalogue> {
    return this.http.get<ScenarioCatalogue>(`${BASE_URL}/scenarios`);
  }

  /** 202 at once; 409 while another reset runs. */
  startReset(scenario: ScenarioKey): Observable<ResetProgress> {
    return this.http.post<ResetProgress>(`${BASE_URL}/resets`, { scenario });
  }

  getReset(id: string): Observable<ResetProgress> {
    return this.http.get<ResetProgress>(`${BASE_URL}/resets/${encodeURIComponent(id)}`);
  }

  getPersonas(): Observable<PersonaCard[]> {
    return this.http.get<PersonaCard[]>(`${BASE_URL}/personas`);
  }

  getFaults(): Observable<FaultState[]> {
    return this.http.get<FaultState[]>(`${BASE_URL}/faults`);
  }

  armFault(kind: FaultKind): Observable<unknown> {
    return this.http.post<unknown>(`${BASE_URL}/faults`, { kind });
  }

  disarmFault(kind: FaultKind): Observable<unknown> {
    return this.http.delete<unknown>(`${BASE_URL}/faults/${encodeURIComponent(kind)}`);
  }

  getTrainees(): Observable<TraineeCard[]> {
    return this.http.get<TraineeCard[]>(`${BASE_URL}/trainees`);
  }

  /** 201 with the whole class, the new trainees included. */
  createTrainees(count: number): Observable<TraineeCard[]> {
    return this.http.post<TraineeCard[]>(`${BASE_URL}/trainees`, { count });
  }

  deleteTrainees(): Observable<void> {
    return this.http.delete<void>(`${BASE_URL}/trainees`);
  }
}
