import { formatParisDateTime } from './paris-time';

/**
 * Réclamations and the médiateur du CPSTI (FAQ « Je dépose une réclamation », « Je saisis le
 * médiateur »): which body a réclamation goes to, when the médiateur may be seized, the domains
 * of a mediation and the steps it goes through. Pure functions: the API applies them, the portal
 * shows them.
 */

// ——— Réclamations ———

export const COMPLAINT_TOPICS = ['cotisations', 'sante', 'retraite'] as const;
export type ComplaintTopic = (typeof COMPLAINT_TOPICS)[number];

/** « Votre question concerne » — the FAQ's « vos cotisations, prestations santé ou retraite ». */
export const COMPLAINT_TOPIC_LABELS: Record<ComplaintTopic, string> = {
  cotisations: 'vos cotisations',
  sante: 'vos prestations santé',
  retraite: 'votre retraite',
};

export type ComplaintOrganism = 'Urssaf' | 'Cpam' | 'Carsat';

/** « contactez directement votre Urssaf, votre Cpam ou votre Carsat », in that order. */
export const COMPLAINT_ORGANISMS: Record<ComplaintTopic, ComplaintOrganism> = {
  cotisations: 'Urssaf',
  sante: 'Cpam',
  retraite: 'Carsat',
};

/** « votre Urssaf »: how the portal names the body a réclamation is routed to. */
export function complaintRecipient(topic: ComplaintTopic): string {
  return `votre ${COMPLAINT_ORGANISMS[topic]}`;
}

export type ComplaintStatus = 'recue' | 'repondue';

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  recue: 'Reçue',
  repondue: 'Répondue',
};

export const COMPLAINT_SUBJECT_MIN = 3;
export const COMPLAINT_SUBJECT_MAX = 120;
export const COMPLAINT_BODY_MAX = 5000;
export const MEDIATION_BODY_MAX = 5000;
export const MEDIATION_STEP_TEXT_MAX = 5000;

// ——— Recevabilité de la médiation ———

/** « aucune réponse n’a été réceptionnée dans un délai de 30 jours »: 30 × 24 h, to the millisecond. */
export const MEDIATION_WAITING_DAYS = 30;
export const MEDIATION_WAITING_MS = MEDIATION_WAITING_DAYS * 24 * 60 * 60 * 1000;

export type MediationRefusal = 'no-complaint' | 'litigation' | 'control' | 'answer-not-contested' | 'premature';

export interface MediationAdmissibilityInput {
  /** The réclamation the request relies on, or null when there is none. */
  complaint: { receivedAt: Date | string; answeredAt: Date | string | null } | null;
  /** « La réponse apportée ne m’a pas satisfait ». */
  answerUnsatisfactory: boolean;
  /** A « recours contentieux » has been introduced. */
  litigation: boolean;
  /** A « procédure de contrôle d’assiette ou de travail dissimulé de la part de l’URSSAF » is under way. */
  control: boolean;
  /** The sandbox clock's now. */
  now: Date | string;
}

export type MediationAdmissibility =
  | { admissible: true }
  | {
      admissible: false;
      reason: MediationRefusal;
      /** The French sentence shown to the requester. */
      message: string;
      /** For `premature`: the first instant the médiateur can be seized (ISO). */
      seizableFrom?: string;
    };

const MINUTE_MS = 60_000;

/**
 * « 1er janvier 2027 à 10:01 » (Europe/Paris). The sentence shows minutes only, so the instant is
 * rounded up to the next minute: a person who comes back at the minute shown is never refused.
 */
export function formatSeizableFrom(at: Date): string {
  const shown = new Date(Math.ceil(at.getTime() / MINUTE_MS) * MINUTE_MS);
  return formatParisDateTime(shown).replace(/^1 /, '1er ');
}

export const MEDIATION_REFUSAL_MESSAGES: Record<Exclude<MediationRefusal, 'premature'>, string> = {
  'no-complaint':
    'Pour saisir le médiateur, vous devez d’abord avoir adressé une réclamation à votre Urssaf, votre Cpam ou votre Carsat : déposez-la depuis « Je dépose une réclamation ».',
  litigation:
    'Votre demande n’est pas recevable à la médiation : vous avez introduit un recours contentieux.',
  control:
    'Votre demande n’est pas recevable à la médiation : vous faites l’objet d’une procédure de contrôle d’assiette ou de travail dissimulé de la part de l’URSSAF.',
  'answer-not-contested':
    'Votre réclamation a reçu une réponse : vous ne pouvez saisir le médiateur que si la réponse apportée ne vous a pas satisfait.',
};

/**
 * The FAQ's conditions: a réclamation was made and its answer was not satisfactory, or no answer
 * came within 30 days; no recours contentieux; no control procedure. Checked in the order a person
 * can act on: the réclamation first, then the situations that close the médiation for good.
 */
export function mediationAdmissibility(input: MediationAdmissibilityInput): MediationAdmissibility {
  const { complaint } = input;
  if (!complaint) return refusal('no-complaint');
  if (input.litigation) return refusal('litigation');
  if (input.control) return refusal('control');
  if (complaint.answeredAt !== null) {
    return input.answerUnsatisfactory ? { admissible: true } : refusal('answer-not-contested');
  }
  const receivedAt = new Date(complaint.receivedAt);
  const seizableFrom = new Date(receivedAt.getTime() + MEDIATION_WAITING_MS);
  if (new Date(input.now).getTime() < seizableFrom.getTime()) {
    return {
      admissible: false,
      reason: 'premature',
      message: `Votre demande de médiation est prématurée : votre réclamation peut encore recevoir une réponse dans le délai de ${MEDIATION_WAITING_DAYS} jours. Si aucune réponse ne vous est apportée, vous pourrez saisir le médiateur à partir du ${formatSeizableFrom(seizableFrom)}.`,
      seizableFrom: seizableFrom.toISOString(),
    };
  }
  return { admissible: true };
}

function refusal(reason: Exclude<MediationRefusal, 'premature'>): MediationAdmissibility {
  return { admissible: false, reason, message: MEDIATION_REFUSAL_MESSAGES[reason] };
}

// ——— Domaines ———

export const MEDIATION_DOMAINS = ['affiliation', 'recouvrement', 'prestations', 'qualite-de-service'] as const;
export type MediationDomain = (typeof MEDIATION_DOMAINS)[number];

/** The FAQ's « domaines suivants gérés par le régime général », word for word. */
export const MEDIATION_DOMAIN_LABELS: Record<MediationDomain, string> = {
  affiliation: 'l’affiliation',
  recouvrement: 'le recouvrement des cotisations et contributions sociales',
  prestations: 'le service des prestations d’assurance maladie et de retraite',
  'qualite-de-service': 'la qualité de service',
};

// ——— Étapes ———

export const MEDIATION_STATUSES = ['recue', 'recevable', 'reorientee', 'analyse', 'recommandation', 'arretee'] as const;
export type MediationStatus = (typeof MEDIATION_STATUSES)[number];

export const MEDIATION_STATUS_LABELS: Record<MediationStatus, string> = {
  recue: 'Reçue',
  recevable: 'Recevable',
  reorientee: 'Réorientée vers un autre interlocuteur',
  analyse: 'En cours d’analyse',
  recommandation: 'Recommandation transmise',
  arretee: 'Arrêtée',
};

/** The steps the médiateur moves a request to (the requester only stops it). */
export const MEDIATOR_STATUSES = ['recevable', 'reorientee', 'analyse', 'recommandation'] as const;
export type MediatorStatus = (typeof MEDIATOR_STATUSES)[number];

/**
 * Where each step comes from (« Quelles sont les différentes étapes d’une médiation ? »): the
 * request is examined (recevable, or réorientée towards another interlocutor), then analysed,
 * then a recommendation is sent. One origin per step: a transition is `UPDATE … WHERE status = origin`.
 */
export const MEDIATOR_STEP_ORIGIN: Record<MediatorStatus, MediationStatus> = {
  recevable: 'recue',
  reorientee: 'recue',
  analyse: 'recevable',
  recommandation: 'analyse',
};

/** « Vous pouvez, à tout moment, décider d’arrêter la médiation en cours. » */
export const STOPPABLE_MEDIATION_STATUSES: readonly MediationStatus[] = ['recue', 'recevable', 'analyse'];

export function isFinalMediationStatus(status: MediationStatus): boolean {
  return status === 'reorientee' || status === 'recommandation' || status === 'arretee';
}

export function canStopMediation(status: MediationStatus): boolean {
  return STOPPABLE_MEDIATION_STATUSES.includes(status);
}

/** The médiateur's possible next steps from `status`, in the FAQ's order. */
export function mediatorNextSteps(status: MediationStatus): MediatorStatus[] {
  return MEDIATOR_STATUSES.filter((step) => MEDIATOR_STEP_ORIGIN[step] === status);
}

export function canMoveMediation(from: MediationStatus, to: MediatorStatus): boolean {
  return MEDIATOR_STEP_ORIGIN[to] === from;
}

/**
 * The steps whose text is their content (and so is required): the interlocutor a request is
 * réorientée to, the questions to the parties, the recommendation. Declaring a request recevable
 * needs no text.
 */
export const MEDIATION_STEP_TEXT_LABELS: Record<MediatorStatus, string | null> = {
  recevable: null,
  reorientee: 'Vers quel interlocuteur ?',
  analyse: 'Questions aux parties',
  recommandation: 'Recommandation',
};

export function mediationStepNeedsText(to: MediatorStatus): boolean {
  return MEDIATION_STEP_TEXT_LABELS[to] !== null;
}

/** The médiateur's buttons. */
export const MEDIATOR_ACTION_LABELS: Record<MediatorStatus, string> = {
  recevable: 'Déclarer recevable',
  reorientee: 'Réorienter',
  analyse: 'Engager l’analyse',
  recommandation: 'Transmettre la recommandation',
};

/** The 409 a step that is not possible any more gets (the médiateur's or the requester's). */
export function mediationConflictMessage(status: MediationStatus): string {
  if (isFinalMediationStatus(status)) {
    return `Cette médiation est terminée (« ${MEDIATION_STATUS_LABELS[status]} ») : elle ne peut plus changer d’étape.`;
  }
  return `Cette étape n’est pas possible : la médiation est à l’étape « ${MEDIATION_STATUS_LABELS[status]} ».`;
}
