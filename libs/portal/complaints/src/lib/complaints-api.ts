import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BackofficeComplaint, BackofficeMediation, BackofficeMediationSummary, Complaint, ComplaintRequest, Mediation, MediationRequest, MediationSummary, MediationTransitionRequest } from '@portail/domain/complaints';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** Réclamations and médiateur du CPSTI (contract: `@portail/domain`, contracts/complaints). */
@Injectable({ providedIn: 'root' })
export class ComplaintsApi {
  private readonly http = inject(HttpClient);

  // ——— The space's side (TI, or firm member with « messagerie ») ———

  getComplaints(): Observable<Complaint[]> {
    return this.http.get<Complaint[]>('/api/complaints');
  }

  getComplaint(complaintId: string): Observable<Complaint> {
    return this.http.get<Complaint>(`/api/complaints/${id(complaintId)}`);
  }

  /** 201 with the « accusé de réception ». */
  fileComplaint(request: ComplaintRequest): Observable<Complaint> {
    return this.http.post<Complaint>('/api/complaints', request);
  }

  getMediations(): Observable<MediationSummary[]> {
    return this.http.get<MediationSummary[]>('/api/mediations');
  }

  getMediation(mediationId: string): Observable<Mediation> {
    return this.http.get<Mediation>(`/api/mediations/${id(mediationId)}`);
  }

  /** 201 « reçue », or 422 `{ reason, message }` when the request is not admissible. */
  fileMediation(request: MediationRequest): Observable<Mediation> {
    return this.http.post<Mediation>('/api/mediations', request);
  }

  /** 200 « arrêtée »; 409 once the mediation is over. */
  stopMediation(mediationId: string): Observable<Mediation> {
    return this.http.post<Mediation>(`/api/mediations/${id(mediationId)}/stop`, {});
  }

  // ——— The Conseiller / médiateur's side ———

  getComplaintQueue(): Observable<BackofficeComplaint[]> {
    return this.http.get<BackofficeComplaint[]>('/api/backoffice/complaints');
  }

  /** 409 when a colleague answered first. */
  answerComplaint(complaintId: string, body: string): Observable<BackofficeComplaint> {
    return this.http.post<BackofficeComplaint>(`/api/backoffice/complaints/${id(complaintId)}/answer`, { body });
  }

  getMediationQueue(): Observable<BackofficeMediationSummary[]> {
    return this.http.get<BackofficeMediationSummary[]>('/api/backoffice/mediations');
  }

  getBackofficeMediation(mediationId: string): Observable<BackofficeMediation> {
    return this.http.get<BackofficeMediation>(`/api/backoffice/mediations/${id(mediationId)}`);
  }

  /** 409 when the step is not possible any more (the requester stopped it meanwhile). */
  moveMediation(mediationId: string, request: MediationTransitionRequest): Observable<BackofficeMediation> {
    return this.http.post<BackofficeMediation>(`/api/backoffice/mediations/${id(mediationId)}/transition`, request);
  }
}
