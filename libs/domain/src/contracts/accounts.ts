/**
 * « Gérer les comptes » of a tiers space (administrators only): the accounts, their rights and
 * sub-portfolios, the activation of a new account within 24 hours, the transfer of a portfolio
 * between administrators, and the firm's audit trail (« Historique »).
 */
import type { AttachmentStatus, PortfolioClient, PortfolioPage } from './portfolio';
import type { Civility } from './identity';

/** The rights an administrator gives a collaborator; an administrator holds them all. */
export const FIRM_RIGHTS = ['gestion-portefeuille', 'consultation-cotisations', 'declaration-revenus', 'paiement', 'messagerie'] as const;
export type FirmRight = (typeof FIRM_RIGHTS)[number];

export const FIRM_RIGHT_LABELS: Record<FirmRight, string> = {
  'gestion-portefeuille': 'Gestion du portefeuille',
  'consultation-cotisations': 'Consultation des cotisations',
  'declaration-revenus': 'Déclaration des revenus',
  paiement: 'Paiement',
  messagerie: 'Messagerie',
};

/** What each right opens, for the « Ajouter un compte » form. */
export const FIRM_RIGHT_HINTS: Record<FirmRight, string> = {
  'gestion-portefeuille': 'Ajouter, finaliser et supprimer des clients de son portefeuille',
  'consultation-cotisations': 'Consulter « Mes cotisations » de ses clients : échéancier, historique',
  'declaration-revenus': 'Déclarer les revenus, demander un délai ou un recalcul',
  paiement: 'Payer par carte ou télépaiement, signer un mandat de prélèvement',
  messagerie: 'Échanger avec l’Urssaf par la messagerie',
};

export type FirmRole = 'administrateur' | 'collaborateur';

export const FIRM_ROLE_LABELS: Record<FirmRole, string> = {
  administrateur: 'Administrateur',
  collaborateur: 'Collaborateur',
};

/**
 * invite: created, the activation link not used yet (24 hours on the sandbox clock);
 * expire: invited and the last link has expired (the administrator can send a new one);
 * actif: activated; desactive: no longer allowed in the space, sessions ended.
 */
export type AccountStatus = 'invite' | 'expire' | 'actif' | 'desactive';

export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = {
  invite: 'Invité',
  expire: 'Expiré',
  actif: 'Actif',
  desactive: 'Désactivé',
};

/** How long an activation link works after the creation of the access (or after a new link). */
export const ACTIVATION_LIFETIME_HOURS = 24;

/** One account of the space, as « Gérer les comptes » lists it. */
export interface FirmAccount {
  personId: string;
  civility: Civility | null;
  firstName: string;
  lastName: string;
  email: string;
  role: FirmRole;
  /** The rights given; an administrator holds every right (listed in full). */
  rights: FirmRight[];
  status: AccountStatus;
  /** The space's first administrator (the one a SIRET login opens). */
  isPrimary: boolean;
  /** Collaborator: size of the sub-portfolio; administrator: size of their own portfolio. */
  clients: number;
  createdAt: string;
  /** While invited: when the current activation link stops working (sandbox clock). */
  activationExpiresAt: string | null;
  deactivatedAt: string | null;
  /**
   * The last e-mail sent to this address bounced (« adresse injoignable »): the administrator is
   * offered to correct it (PUT /api/firm/accounts/:personId/email, which sends a new activation link).
   */
  emailUnreachable: boolean;
}

/** PUT /api/firm/accounts/:personId/email — an invited account's corrected address. 200 `FirmAccount`. */
export interface CorrectEmailRequest {
  email: string;
}

/** GET /api/firm/accounts — every account of the current tiers space, administrators first. */
export interface FirmAccountList {
  firmName: string;
  accounts: FirmAccount[];
}

/**
 * POST /api/firm/accounts — « Ajouter un compte ». 201 `FirmAccount` (status invite); the activation
 * e-mail is in the outbox. 400 field rules, 409 an account already uses this e-mail address.
 * `rights` is ignored for an administrator (who holds them all).
 */
export interface CreateAccountRequest {
  role: FirmRole;
  civility: Civility;
  firstName: string;
  lastName: string;
  email: string;
  rights: FirmRight[];
}

/** PUT /api/firm/accounts/:personId/rights — 200 `FirmAccount`; applies on the collaborator's next request. */
export interface UpdateRightsRequest {
  rights: FirmRight[];
}

/**
 * POST /api/firm/accounts/:personId/activation-link — a new link (24 hours), the old one stops
 * working. 200 `FirmAccount`; 409 when the account is already activated or deactivated.
 *
 * POST /api/firm/accounts/:personId/deactivate — 200 `FirmAccount`; ends the person's sessions in
 * the space. 409 for oneself or for the last active administrator.
 */

/**
 * GET /api/firm/accounts/:personId/clients?search=&status=&after=&limit= — the collaborator's
 * sub-portfolio (`PortfolioPage`, same query as the portfolio list).
 * GET /api/firm/accounts/:personId/assignable?search=&status=&after=&limit= — the clients of the
 * portfolio the collaborator works in, each with `assigned`.
 */
export type SubPortfolioPage = PortfolioPage;

/** A client of the collaborator's portfolio, and whether it is in their sub-portfolio already. */
export type AssignableClient = PortfolioClient & { assigned: boolean };

/** GET /api/firm/accounts/:personId/assignable — same keyset pages as the portfolio list. */
export interface AssignablePage {
  items: AssignableClient[];
  next: string | null;
}

/**
 * POST /api/firm/accounts/:personId/clients — assign clients, one by one (`clientIds`) or every
 * client matching a search (`matching`, the portfolio list's filters). 200 `AssignmentResult`.
 * DELETE /api/firm/accounts/:personId/clients/:clientId — 204; the client vanishes from the
 * collaborator's next page.
 */
export interface AssignClientsRequest {
  clientIds?: string[];
  matching?: { search?: string; status?: AttachmentStatus };
}

export interface AssignmentResult {
  /** Newly assigned (already assigned clients are not counted twice). */
  assigned: number;
  /** Size of the sub-portfolio afterwards. */
  clients: number;
}

/** POST /api/activation/check — { token }: 200 `ActivationInvitation`, or 410 `LinkRefusal`. */
export interface ActivationInvitation {
  firstName: string;
  lastName: string;
  email: string;
  firmName: string;
  role: FirmRole;
}

/** POST /api/activation — 204; the account is active with this password (8-character rule). 400 rule, 410 link. */
export interface ActivateAccountRequest {
  token: string;
  password: string;
}

/**
 * GET /api/firm/transfer/preview?from=&to= — « Transférer le portefeuille » from one administrator
 * to another of the space, before confirming.
 * owner-change: the target has no client, the portfolio changes owner (one row);
 * merge: the target already has clients, the two portfolios are merged.
 */
export interface TransferPreview {
  from: FirmAccount;
  to: FirmAccount;
  mode: 'owner-change' | 'merge';
  counts: Record<AttachmentStatus, number>;
  total: number;
  /** Clients the target already has (merge). */
  targetClients: number;
  /** Collaborators working in the transferred portfolio, and the size of their sub-portfolio. */
  collaborators: { personId: string; name: string; clients: number }[];
}

/**
 * POST /api/firm/transfer — moves every client (pending ones included) in one transaction; both
 * administrators are e-mailed. 200 `TransferResult`; 403 wrong password (re-entered by the person
 * confirming); 409 nothing to transfer or an inactive target.
 */
export interface TransferRequest {
  from: string;
  to: string;
  password: string;
}

export interface TransferResult {
  mode: TransferPreview['mode'];
  moved: number;
  /** Merge: clients present in both portfolios, kept once (the more advanced attachment). */
  duplicatesResolved: number;
}

/** Kinds of the audit trail and their French labels (the Historique's filter). */
export const AUDIT_KIND_LABELS: Record<string, string> = {
  'login.succeeded': 'Connexion',
  'login.failed': 'Échec de connexion',
  'login.throttled': 'Blocage temporaire de la connexion',
  'token.used': 'Utilisation d’un lien',
  'attachment.added': 'Client ajouté',
  'attachment.proof-refused': 'Réponses ou code refusés',
  'attachment.locked': 'Rattachement bloqué',
  'attachment.finalised': 'Rattachement finalisé',
  'attachment.deleted': 'Client supprimé',
  'account.created': 'Compte créé',
  'account.activation-resent': 'Nouveau lien d’activation',
  'account.email-corrected': 'Adresse courriel corrigée',
  'account.activated': 'Compte activé',
  'account.rights-changed': 'Droits modifiés',
  'account.deactivated': 'Compte désactivé',
  'assignment.added': 'Clients attribués',
  'assignment.removed': 'Client retiré du sous-portefeuille',
  'portfolio.transferred': 'Portefeuille transféré',
  'login.lockout': 'Connexion bloquée après des échecs',
  'password.changed': 'Mot de passe modifié',
  'password.reset': 'Mot de passe réinitialisé',
  'password-reset.requested': 'Réinitialisation du mot de passe demandée',
  'signup.submitted': 'Inscription de l’espace',
  'signup.validation-resent': 'Nouveau courriel de validation',
  'signup.password-created': 'Mot de passe provisoire créé',
  'space.finalised': 'Paramétrage de l’espace finalisé',
  'cotisations.payment': 'Paiement de cotisations',
  'cotisations.request-decided': 'Demande de délai ou de recalcul traitée',
};

/** GET /api/firm/audit?person=&client=&kind=&after=&limit= — newest first, keyset pages. */
export interface AuditQuery {
  /** A person's id (actor). */
  person?: string;
  /** A contributor's id (the client the event concerns). */
  client?: string;
  kind?: string;
  after?: string;
  limit?: number;
}

export interface AuditEntry {
  id: string;
  at: string;
  kind: string;
  kindLabel: string;
  actor: { personId: string; name: string } | null;
  /** The client concerned, when there is one. */
  client: { contributorId: string; name: string } | null;
  /** A person concerned (account events), when there is one. */
  account: { personId: string; name: string } | null;
  /** Human-readable summary in French. */
  summary: string;
}

export interface AuditPage {
  items: AuditEntry[];
  next: string | null;
}
/** GET /api/firm/audit.csv?person=&client=&kind= — the same entries as CSV (UTF-8 with BOM, « ; »). */
