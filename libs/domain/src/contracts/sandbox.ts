/**
 * The JSON contract of the sandbox endpoints, shared by the API and the portal.
 * Dates travel as ISO 8601 strings.
 */

/** GET /api/sandbox/clock and every POST under it answer this. */
export interface ClockState {
  /** The sandbox time: real time plus the persisted offset. */
  now: string;
  /** The real time of the server when it answered. */
  realNow: string;
  /** now − realNow, in milliseconds (0 when the clock follows real time). */
  offsetMs: number;
}

/** POST /api/sandbox/clock/advance — whole, non-negative numbers; at least one above 0. */
export interface AdvanceClockRequest {
  minutes?: number;
  hours?: number;
  days?: number;
}

/** POST /api/sandbox/clock/set — an ISO 8601 date-time later than the real time. */
export interface SetClockRequest {
  at: string;
}

export type OutboundMessageKind = 'email' | 'letter';

/**
 * What became of a link's one-time token, by the sandbox clock: still usable, used, past its
 * expiry, or replaced by a newer link (« remplacé »). Links without a token have no status.
 */
export type LinkStatus = 'valide' | 'utilise' | 'expire' | 'remplace';

export const LINK_STATUS_LABELS: Record<LinkStatus, string> = {
  valide: 'Valide',
  utilise: 'Utilisé',
  expire: 'Expiré',
  remplace: 'Remplacé par un lien plus récent',
};

/** A link carried by an e-mail, e.g. « Valider mon adresse courriel ». `href` is a path of the portal. */
export interface MessageLink {
  label: string;
  href: string;
  /** Filled when the mailbox reads the message (never stored): the token's state now. */
  status?: LinkStatus;
  /** The token's expiry (sandbox time), when the link carries one. */
  expiresAt?: string;
}

/** GET /api/sandbox/recipients?kind=email|letter — one row per recipient, newest activity first. */
export interface MailboxRecipient {
  recipient: string;
  count: number;
  latestAt: string;
}

/** One row of GET /api/sandbox/messages?kind=…&recipient=…&before=…&limit=… (newest first). */
export interface OutboundMessageSummary {
  id: string;
  kind: OutboundMessageKind;
  recipient: string;
  subject: string;
  createdAt: string;
  /** E-mails: the message bounced (fault injected by the trainer): the address is unreachable. */
  bounced: boolean;
  /** Letters: marked « perdu » by the trainer: the addressee never received it. */
  lost: boolean;
}

export interface OutboundMessagePage {
  items: OutboundMessageSummary[];
  /** Pass as `before` to get the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** GET /api/sandbox/messages/:id */
export interface OutboundMessageDetail extends OutboundMessageSummary {
  /** Plain text; paragraphs separated by blank lines. Never HTML. */
  body: string;
  links: MessageLink[];
  /** Postal address lines, for letters. */
  postalAddress: string[] | null;
  relatedEntityType: string | null;
  relatedEntityId: string | null;
  /**
   * The product can send this message again (a new validation, activation or password-reset
   * link): POST /api/sandbox/messages/:id/resend (Formateur) does what the product's own button does.
   */
  resendable: boolean;
}

/** POST /api/sandbox/messages/:id/resend — 200; the new message is in the mailbox. */
export interface ResendResult {
  /** A French sentence saying what was sent, e.g. « Un nouveau lien d'activation a été envoyé à … ». */
  message: string;
  newMessageId: string;
}

/** Every error of the API has this body. */
export interface ApiErrorBody {
  statusCode: number;
  /** A French sentence for a person; for validation errors, one sentence per field. */
  message: string;
  errors?: { field: string; message: string }[];
  /** Why a link was refused (410): see LinkRefusal; why a client cannot be added (AddClientRefusal)… */
  reason?: string;
  /** Finalisation tries left before the attachment is locked (400 `wrong-proof`). */
  triesLeft?: number;
}

// ——— Trainer's console (role « Formateur »). Every endpoint below answers 404 to anyone else,
// and every sandbox endpoint answers 404 with SANDBOX=false. ———

export type ScenarioKey = 'decouverte' | 'demarrage' | 'cabinet-etabli' | 'migration' | 'cas-erreurs';

export interface ScenarioSummary {
  key: ScenarioKey;
  title: string;
  description: string;
}

/** GET /api/sandbox/scenarios */
export interface ScenarioCatalogue {
  scenarios: ScenarioSummary[];
  /** The scenario of the last reset; null for the sandbox seeded at first start (« Découverte »). */
  current: { key: ScenarioKey; resetAt: string } | null;
  /** A reset in progress, if any (one at a time). */
  running: ResetProgress | null;
}

/** POST /api/sandbox/resets — 202 `ResetProgress`; 409 while another reset runs. */
export interface StartResetRequest {
  scenario: ScenarioKey;
}

export type ResetStatus = 'en-cours' | 'terminee' | 'echec';

/** GET /api/sandbox/resets/:id — poll until `status` is no longer « en-cours ». */
export interface ResetProgress {
  id: string;
  scenario: ScenarioKey;
  status: ResetStatus;
  /** Steps done so far, out of `totalSteps`: the progress bar. */
  step: number;
  totalSteps: number;
  /** What is being done, in French (« Création des 5 000 clients… »). */
  label: string;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  /** A French sentence when `status` is « echec » (the previous sandbox is then unchanged). */
  error: string | null;
}

export type PersonaKind =
  | 'formateur'
  | 'conseiller'
  | 'expert-comptable'
  | 'collaborateur'
  | 'travailleur-independant'
  | 'stagiaire'
  | 'client';

export interface PersonaIdentifier {
  label: string;
  value: string;
}

/** One card of GET /api/sandbox/personas (the current scenario's personas, trainees last). */
export interface PersonaCard {
  /** Stable within a scenario: the person's e-mail, or `client:<n° TI>` for a directory client. */
  key: string;
  kind: PersonaKind;
  /** What the persona is for, e.g. « Expert-comptable migré de secu-independants.fr ». */
  label: string;
  name: string;
  /** Login identifiers and the password, SIRET, n° TI, NIR… as the persona would type them. */
  identifiers: PersonaIdentifier[];
  /** For a client: the answers to their two secret questions, so a trainee can play the client. */
  secretAnswers: { question: string; answer: string }[];
  /** True when « Agir en tant que » can open a session as this persona (a person with an account). */
  canActAs: boolean;
}

/** POST /api/sandbox/personas/:key/act-as — 200; the session cookie now belongs to the persona. */
export interface ActAsResult {
  /** Where the portal should go next (the persona's space, the back-office…). */
  redirectTo: string;
}

export type FaultKind = 'email-bounce' | 'letter-lost' | 'card-declined' | 'debit-declined';

export const FAULT_LABELS: Record<FaultKind, string> = {
  'email-bounce': 'Le prochain courriel revient en erreur (adresse injoignable)',
  'letter-lost': 'Le prochain courrier est perdu',
  'card-declined': 'Le prochain paiement par carte est refusé',
  'debit-declined': 'Le prochain prélèvement est rejeté',
};

/** GET /api/sandbox/faults — one row per kind. POST /api/sandbox/faults {kind} arms it (once); DELETE /api/sandbox/faults/:kind disarms. */
export interface FaultState {
  kind: FaultKind;
  label: string;
  armed: boolean;
  armedAt: string | null;
}

export interface ArmFaultRequest {
  kind: FaultKind;
}

/** A directory client reserved for one trainee, with what the client would answer. */
export interface TraineeClient {
  name: string;
  /** « SIREN 123 456 789 », or « NIR … — n° TI … » for a gérant sans Siret. */
  identifiers: PersonaIdentifier[];
  secretAnswers: { question: string; answer: string }[];
}

/**
 * One trainee of the class (GET /api/sandbox/trainees). Trainees survive a reset: every
 * scenario recreates their firm (but « Démarrage », where they sign up themselves with the
 * card's SIRET and e-mail) and reserves them their own clients, so that trainees never collide.
 */
export interface TraineeCard {
  number: number;
  name: string;
  email: string;
  password: string;
  firmName: string;
  siret: string;
  /** False in « Démarrage »: the trainee creates the account with the 12-step signup. */
  accountExists: boolean;
  clients: TraineeClient[];
}

/** POST /api/sandbox/trainees — 201 `TraineeCard[]` (the whole class). At most 60 trainees in all. */
export interface CreateTraineesRequest {
  count: number;
}
