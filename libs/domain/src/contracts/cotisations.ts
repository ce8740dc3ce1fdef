/**
 * « Mes cotisations »: the only module of a client an accountant can open. The same resources
 * are served at two bases:
 * - `/api/portfolio/clients/:id/cotisations` for a mandated accountant (attached clients only;
 *   any other id answers 404);
 * - `/api/me/cotisations` for the TI in their own space.
 * Amounts are integer euro cents; dates are ISO strings (due dates `YYYY-MM-DD`).
 */

/**
 * prelevement-programme: a SEPA mandate is active and the instalment is not due yet; the debit
 * happens on its due date (sandbox clock). prelevement-rejete: the bank rejected that debit (a
 * sandbox fault): the instalment stays due, to be paid by card or télépaiement; it is not debited again.
 */
export type InstalmentStatus = 'payee' | 'a-payer' | 'en-retard' | 'prelevement-programme' | 'prelevement-rejete';

export const INSTALMENT_STATUS_LABELS: Record<InstalmentStatus, string> = {
  payee: 'Payée',
  'a-payer': 'À payer',
  'en-retard': 'En retard',
  'prelevement-programme': 'Prélèvement programmé',
  'prelevement-rejete': 'Prélèvement rejeté',
};

export type PaymentMethod = 'carte' | 'telepaiement' | 'prelevement';

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  carte: 'Carte bancaire',
  telepaiement: 'Télépaiement',
  prelevement: 'Prélèvement automatique',
};

export interface Instalment {
  id: string;
  /** The contribution year it belongs to. */
  year: number;
  /** 1 to 12: the month of the year. */
  number: number;
  dueDate: string;
  amountCents: number;
  status: InstalmentStatus;
  paidAt: string | null;
  paidBy: PaymentMethod | null;
}

export interface IncomeDeclaration {
  /** The year the income was earned. */
  year: number;
  incomeCents: number;
  declaredAt: string;
  /** Who declared it: « Vous », the firm's name, or « Urssaf » for the directory's reference. */
  declaredBy: string;
}

export interface SepaMandate {
  holder: string;
  /** Masked: « FR76 **** **** **** **** ***0 189 ». The full IBAN never leaves the server. */
  maskedIban: string;
  /** Référence unique de mandat. */
  reference: string;
  signedAt: string;
}

export type ContributionRequestKind = 'delai' | 'recalcul';
export type ContributionRequestStatus = 'en-cours' | 'acceptee' | 'refusee';

export const CONTRIBUTION_REQUEST_LABELS: Record<ContributionRequestKind, string> = {
  delai: 'Demande de délai de paiement',
  recalcul: 'Demande de recalcul des cotisations',
};

export const CONTRIBUTION_REQUEST_STATUS_LABELS: Record<ContributionRequestStatus, string> = {
  'en-cours': 'En cours d’instruction',
  acceptee: 'Acceptée',
  refusee: 'Refusée',
};

export interface ContributionRequest {
  id: string;
  kind: ContributionRequestKind;
  reason: string;
  status: ContributionRequestStatus;
  createdAt: string;
  decidedAt: string | null;
  /** The Conseiller's answer. */
  decisionComment: string | null;
}

export interface HistoryEntry {
  at: string;
  /** A French sentence: « Paiement par carte bancaire de l'échéance de mars 2027 ». */
  label: string;
  amountCents: number | null;
  /** « Vous », « Cabinet Lefebvre (Marie Lefebvre) », « Urssaf »… */
  actor: string;
}

/** GET {base} — the whole module in one answer. */
export interface CotisationsOverview {
  contributor: {
    name: string;
    tradeName: string | null;
    siren: string | null;
    tiNumber: string;
  };
  /** The contribution year shown (the sandbox clock's year, in Paris). */
  year: number;
  /** The income year the next declaration concerns (year − 1). */
  declarationYear: number;
  /** The totals of `year`. */
  annualAmountCents: number;
  paidCents: number;
  remainingCents: number;
  /** How the annual amount was computed, in French (the documented formula). */
  formula: string;
  /**
   * Oldest first: the unpaid instalments of earlier years (their balance), the 12 of `year`, and
   * from 1 December the 12 of next year's provisional schedule (`nextYear`).
   */
  instalments: Instalment[];
  /** What earlier years still owe: the sum of their unpaid instalments. */
  previousYearsDueCents: number;
  /** Next year's provisional schedule, published on 1 December; null before. */
  nextYear: { year: number; annualAmountCents: number } | null;
  declarations: IncomeDeclaration[];
  mandate: SepaMandate | null;
  requests: ContributionRequest[];
  /** Newest first. */
  history: HistoryEntry[];
}

/** POST {base}/revenus — « Revenus »: declare the income of `declarationYear`; 200 `CotisationsOverview`, recalculated. */
export interface DeclareIncomeRequest {
  year: number;
  incomeCents: number;
}

/**
 * POST {base}/paiements/carte — simulated card payment of one instalment. 200 overview; 422
 * `card-declined` for the declined test card; 400 number (Luhn), expiry or CVC. The card number
 * is never stored nor logged.
 */
export interface CardPaymentRequest {
  instalmentId: string;
  cardNumber: string;
  /** « MM/AA ». */
  expiry: string;
  cvc: string;
  holder: string;
}

/** POST {base}/paiements/telepaiement — an online transfer order from the given account. 200 overview. */
export interface TelepaymentRequest {
  instalmentId: string;
  iban: string;
}

/**
 * PUT {base}/prelevement — sign (or replace) the SEPA mandate; unpaid instalments not yet due
 * become « Prélèvement programmé ». DELETE revokes it. Each instalment due under a mandate signed
 * before its due date is debited on that date: the debit shows the next time the module is read
 * (paid by « prelevement », a line of history), or, when the bank rejects it, « Prélèvement rejeté »
 * with a line of history and an e-mail to the contributor.
 */
export interface SepaMandateRequest {
  holder: string;
  iban: string;
}

/** POST {base}/demandes — 201 overview; the Conseiller Urssaf accepts or refuses it from the back-office. */
export interface ContributionRequestInput {
  kind: ContributionRequestKind;
  reason: string;
}

/** GET /api/backoffice/contribution-requests — Conseiller only; pending first, oldest first. */
export interface PendingContributionRequest extends ContributionRequest {
  contributorName: string;
  tiNumber: string;
  /** Who filed it: the firm or the TI. */
  filedBy: string;
}

/** POST /api/backoffice/contribution-requests/:id/decision — 200 the request; the filer is e-mailed. 409 already decided. */
export interface ContributionRequestDecision {
  decision: 'acceptee' | 'refusee';
  comment: string;
}
