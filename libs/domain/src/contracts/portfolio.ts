/**
 * The client portfolio (« portefeuille clients ») of a tiers space, between the API and the portal.
 * Every endpoint needs a finalised tiers space chosen in the session (else 403 with a French
 * message); a client outside the portfolio answers the same 404 as one that does not exist.
 */

/** en-attente: added, waiting for the secret answers or the letter's code (no deadline);
 * rattache: finalised, « Mes cotisations » open; bloque: 5 failed tries, delete and re-add it. */
export type AttachmentStatus = 'en-attente' | 'rattache' | 'bloque';

export const ATTACHMENT_STATUS_LABELS: Record<AttachmentStatus, string> = {
  'en-attente': 'En attente',
  rattache: 'Rattaché',
  bloque: 'Bloqué',
};

/** entreprise: a TI found by the SIREN of their business; gerant-sans-siret: « gérant majoritaire sans Siret », found by NIR + n° TI. */
export type ContributorKind = 'entreprise' | 'gerant-sans-siret';

/** At most this many failed finalisation tries per attachment; then it is « bloqué ». */
export const MAX_FINALISATION_TRIES = 5;

/** One line of the portfolio list. */
export interface PortfolioClient {
  /** The attachment's id: the client's address in this portfolio. */
  id: string;
  /** The contributor's id in the directory: the same client across portfolios (the Historique filters on it). */
  contributorId: string;
  kind: ContributorKind;
  /** « NOM Prénom » of the contributor. */
  name: string;
  /** The business's trade name, when it has one. */
  tradeName: string | null;
  siren: string | null;
  /** Numéro de Travailleur Indépendant. */
  tiNumber: string;
  status: AttachmentStatus;
  addedAt: string;
  attachedAt: string | null;
}

/** nom / -nom: by name (A→Z / Z→A); ajout / -ajout: by date added (oldest / newest first). */
export type PortfolioSort = 'nom' | '-nom' | 'ajout' | '-ajout';

/**
 * GET /api/portfolio/clients?search=&status=&sort=&after=&limit= — keyset pages (never OFFSET:
 * a deep page costs what the first one does). `search`: the beginning of the name (accents and
 * case ignored), or of the SIREN when digits only (then sorted by SIREN). `limit` 1–100, default 25.
 */
export interface PortfolioPageQuery {
  search?: string;
  status?: AttachmentStatus;
  sort?: PortfolioSort;
  /** The `next` cursor of the previous page. */
  after?: string;
  limit?: number;
}

export interface PortfolioPage {
  items: PortfolioClient[];
  /** Cursor of the following page; null on the last page. */
  next: string | null;
}

/** GET /api/portfolio/summary — counts per status; no quota (« il n'y a pas de limite »). */
export interface PortfolioSummary {
  firmName: string;
  counts: Record<AttachmentStatus, number>;
  total: number;
}

/**
 * POST /api/portfolio/clients — « Ajouter un client ». 201 `PortfolioClientDetail`; a pending
 * attachment, an e-mail to the contributor and a letter with a new security code are written
 * together. 400 checksum or format (field errors), 404 `unknown-contributor`, 409
 * `already-in-portfolio` or `attached-elsewhere` (reason in ApiErrorBody).
 */
export type AddClientRequest =
  | { kind: 'entreprise'; siren: string }
  /** NIR with its key (15 characters), so that the key can be checked, and n° TI. */
  | { kind: 'gerant-sans-siret'; nir: string; tiNumber: string };

export type AddClientRefusal = 'unknown-contributor' | 'already-in-portfolio' | 'attached-elsewhere';

/** GET /api/portfolio/clients/:id */
export interface PortfolioClientDetail extends PortfolioClient {
  /** The client's two secret questions while the attachment is pending; empty otherwise. */
  secretQuestions: string[];
  /** Failed tries left before the attachment is « bloqué ». */
  triesLeft: number;
}

/**
 * POST /api/portfolio/clients/:id/finalise — 200 `PortfolioClientDetail` (rattaché; the client is
 * e-mailed). 400 `wrong-proof` with `triesLeft`: one generic message whichever answer or code was
 * wrong; 409 `locked` once bloqué, `not-pending` when already rattaché; 429 too many tries for
 * this client or this firm in 24 hours.
 */
export type FinaliseAttachmentRequest =
  | { method: 'questions'; answers: [string, string] }
  | { method: 'code'; code: string };

/** DELETE /api/portfolio/clients/:id — « Supprimer le client »: 204; its security code stops working. */

/** GET /api/me/tiers — for a TI in their own space: the tiers déclarants attached or asking to be. */
export interface MandateNotice {
  firmName: string;
  status: AttachmentStatus;
  since: string;
}
