/**
 * Réclamations and the médiateur du CPSTI (#7). The requester side belongs to the current space
 * (the TI in their own space, or a member of a tiers space holding the « messagerie » right):
 * `/api/complaints`, `/api/mediations`. The Conseiller / médiateur side: `/api/backoffice/complaints`,
 * `/api/backoffice/mediations` (404 to anyone else). Dates are ISO strings (sandbox clock).
 */
import type {
  ComplaintOrganism,
  ComplaintStatus,
  ComplaintTopic,
  MediationDomain,
  MediationRefusal,
  MediationStatus,
  MediatorStatus,
} from '../lib/mediation';

/** POST /api/complaints */
export interface ComplaintRequest {
  topic: ComplaintTopic;
  /** « Objet », 3 to 120 characters. */
  subject: string;
  /** « Votre question », 1 to 5,000 characters. */
  body: string;
}

export interface ComplaintAnswer {
  body: string;
  answeredAt: string;
}

/** A réclamation as its space sees it; POST answers it (201) as the « accusé de réception ». */
export interface Complaint {
  id: string;
  /** « REC-2027-000042 ». */
  reference: string;
  topic: ComplaintTopic;
  /** The body the réclamation is routed to (« votre Urssaf »). */
  organism: ComplaintOrganism;
  subject: string;
  body: string;
  status: ComplaintStatus;
  receivedAt: string;
  answer: ComplaintAnswer | null;
}

/** GET /api/backoffice/complaints: unanswered first, newest first. */
export interface BackofficeComplaint extends Complaint {
  spaceName: string;
  /** « Paul Durand », or null when the person no longer exists. */
  filedBy: string | null;
}

/** POST /api/backoffice/complaints/:complaintId/answer */
export interface ComplaintAnswerRequest {
  body: string;
}

/** POST /api/mediations */
export interface MediationRequest {
  /** A réclamation of the space: unknown or another space's → 404; null → 422 `no-complaint`. */
  complaintId: string | null;
  domain: MediationDomain;
  /** « La réponse apportée ne m’a pas satisfait » (only meaningful once the réclamation is answered). */
  answerUnsatisfactory: boolean;
  /** « Avez-vous introduit un recours contentieux ? » */
  litigation: boolean;
  /** « Faites-vous l’objet d’une procédure de contrôle d’assiette ou de travail dissimulé de la part de l’URSSAF ? » */
  control: boolean;
  /** « Exposé de votre demande », 1 to 5,000 characters. */
  body: string;
}

/** 422 to POST /api/mediations: nothing is stored. */
export interface MediationRefusalBody {
  statusCode: 422;
  message: string;
  reason: MediationRefusal;
}

/** One row of a mediation's history: its step, when, and the médiateur's text for it. */
export interface MediationStep {
  status: MediationStatus;
  at: string;
  text: string | null;
}

export interface MediationSummary {
  id: string;
  /** « MED-2027-000007 ». */
  reference: string;
  status: MediationStatus;
  domain: MediationDomain;
  filedAt: string;
  complaint: { id: string; reference: string; organism: ComplaintOrganism; subject: string };
}

/** GET /api/mediations/:mediationId, and the answer to POST, stop and transition. */
export interface Mediation extends MediationSummary {
  body: string;
  answerUnsatisfactory: boolean;
  /** Oldest first; the first is always « recue ». */
  steps: MediationStep[];
}

/** GET /api/backoffice/mediations: the ones to move on first (not final), newest first. */
export interface BackofficeMediationSummary extends MediationSummary {
  spaceName: string;
  filedBy: string | null;
}

/** GET /api/backoffice/mediations/:mediationId: who asks, and the réclamation it relies on. */
export interface BackofficeMediation extends Mediation {
  spaceName: string;
  filedBy: string | null;
  complaintDetail: Complaint;
}

/** POST /api/backoffice/mediations/:mediationId/transition */
export interface MediationTransitionRequest {
  to: MediatorStatus;
  /** Required for `reorientee` (the interlocutor), `analyse` (the questions), `recommandation`. */
  text?: string;
}
