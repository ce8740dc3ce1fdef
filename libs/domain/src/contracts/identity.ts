/**
 * The JSON contract of identity: signup (the seed's 12 steps), login, sessions, passwords,
 * spaces, and the Conseiller Urssaf's back-office. Shared by the API and the portal.
 *
 * Every state-changing request (POST, PUT, PATCH, DELETE) must carry the header `X-CSRF-Token`
 * equal to the cookie `pt_csrf`, which the API sets on any response (Angular's HttpClient does it
 * with `withXsrfConfiguration({ cookieName: 'pt_csrf', headerName: 'X-CSRF-Token' })`).
 * The session cookie `pt_session` is HttpOnly and SameSite=Strict.
 */

export const CSRF_COOKIE = 'pt_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
export const SESSION_COOKIE = 'pt_session';

/** « Tiers mandaté » is the profile of the seed; the others exist on the real portal and are shown, not built. */
export type SignupProfile = 'tiers-mandate';

export type TiersCategory = 'expert-comptable' | 'agc' | 'autre-tiers-declarant';
export const TIERS_CATEGORY_LABELS: Record<TiersCategory, string> = {
  'expert-comptable': 'Expert-comptable',
  agc: 'Association de gestion et de comptabilité (AGC)',
  'autre-tiers-declarant': 'Autre tiers déclarant',
};

export type Civility = 'M' | 'Mme';

/** POST /api/signup/check-siret — step 4, before « Suivant ». 200 `{ siret }` (normalised), 400 bad SIRET, 409 already registered. */
export interface CheckSiretRequest {
  siret: string;
}

/**
 * POST /api/signup — steps 4 to 7 submitted together after the last « Suivant ».
 * 201 `SignupAccepted`; 400 a field; 409 SIRET already registered or e-mail already used
 * (each its own message). Sends the validation e-mail « Valider mon adresse courriel ».
 */
export interface SignupRequest {
  profile: SignupProfile;
  siret: string;
  category: TiersCategory;
  email: string;
  civility: Civility;
  lastName: string;
  firstName: string;
  /** Raison sociale of the firm. */
  companyName: string;
  /** Optional; digits, spaces, dots and a leading + allowed. */
  phone?: string;
}

export interface SignupAccepted {
  email: string;
}

/** POST /api/signup/resend — the same 202 answer whether or not the address is waiting for validation. */
export interface ResendValidationRequest {
  email: string;
}

/**
 * POST /api/signup/validate-email — step 8 (the link's token). 200 `EmailValidated` with a
 * single-use token for the password creation page (step 9); 410 `LinkRefusal` otherwise.
 */
export interface ValidateEmailRequest {
  token: string;
}

export interface EmailValidated {
  email: string;
  /** For POST /api/signup/password, valid 1 hour. */
  passwordToken: string;
}

/** Body of a 410 answer for a validation, reset or activation link. */
export interface LinkRefusal {
  statusCode: 410;
  message: string;
  reason: 'expired' | 'used' | 'replaced' | 'unknown';
}

/**
 * POST /api/signup/password — step 9. 204; then the e-mail of step 10 says that this password is
 * provisional (shown masked) and must be changed at the first login. 400 password rule, 410 token.
 */
export interface CreatePasswordRequest {
  token: string;
  password: string;
}

/**
 * POST /api/auth/login — identifier: e-mail or SIRET (tiers), NIR without key (13 characters) or
 * e-mail (TI). 200 `SessionState` and a new session cookie; 400 for an identifier that teaches
 * (15-character NIR, legacy 8-digit identifier, unknown format); 401 « Identifiant ou mot de passe
 * incorrect. » for unknown identifier, wrong password and throttled account alike.
 */
export interface LoginRequest {
  identifier: string;
  password: string;
}

import type { FirmRight } from './accounts';

export type SpaceKind = 'tiers' | 'travailleur-independant' | 'employeur';
export type SpaceStatus = 'en-attente-parametrage' | 'actif';
export type SpaceRole = 'administrateur' | 'collaborateur' | 'titulaire';
export type BackofficeRole = 'conseiller' | 'formateur';

export interface SpaceSummary {
  id: string;
  kind: SpaceKind;
  /** Raison sociale, or the person's name for a TI space. */
  name: string;
  siret: string | null;
  status: SpaceStatus;
  role: SpaceRole;
  /** What the person may do there: a collaborator's rights; every right for the others. */
  rights: FirmRight[];
}

/** GET /api/auth/session (401 without a session) and the answer of login, space choice and password change. */
export interface SessionState {
  person: {
    id: string;
    email: string;
    civility: Civility | null;
    firstName: string;
    lastName: string;
    backofficeRole: BackofficeRole | null;
  };
  /** True after a login with a provisional password: every other route answers 403 until it is changed. */
  mustChangePassword: boolean;
  spaces: SpaceSummary[];
  /** null until chosen when the person has several spaces (« Choisissez le compte sur lequel vous souhaitez intervenir »). */
  currentSpaceId: string | null;
  /**
   * Sandbox only: the Formateur who opened this session with « Agir en tant que » (POST
   * /api/sandbox/personas/:key/act-as); POST /api/sandbox/personas/return goes back to them.
   * Absent or null otherwise.
   */
  actingTrainer?: { name: string } | null;
}

/** POST /api/auth/space — choose or switch the space to work in. 200 `SessionState`, 404 not one of the person's spaces. */
export interface ChooseSpaceRequest {
  spaceId: string;
}

/**
 * POST /api/auth/password — change the password (first login included). 200 `SessionState` with a
 * renewed session; other sessions of the person end; a notice e-mail is sent. 400 rule, or new
 * equal to current, or current wrong (field `currentPassword`).
 */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** POST /api/auth/logout — 204; the session no longer exists. */

/** POST /api/auth/password-reset/request — the same 202 answer whether the account exists or not. */
export interface PasswordResetRequest {
  email: string;
}

/** POST /api/auth/password-reset — 204, or 410 `LinkRefusal`, or 400 password rule. Ends every session of the person. */
export interface ResetPasswordRequest {
  token: string;
  newPassword: string;
}

/** GET /api/spaces/current — the home of the chosen space. 409 when no space is chosen. */
export interface SpaceHome {
  space: SpaceSummary;
  /** False while « en attente de paramétrage »: portfolio features are refused by the API. */
  portfolioAvailable: boolean;
}

/** GET /api/backoffice/pending-spaces — Conseiller Urssaf only. Oldest first. */
export interface PendingSpace {
  id: string;
  name: string;
  siret: string;
  category: TiersCategory;
  administrator: { email: string; firstName: string; lastName: string };
  createdAt: string;
}

/** POST /api/backoffice/spaces/:id/finalise — « Finaliser le paramétrage »: 200 the space; the accountant is e-mailed. 409 already finalised. */

/** The assistance number and hours shown wherever the person must contact their Urssaf. */
export const URSSAF_ASSISTANCE = { phone: '3698', hours: 'de 9h à 17h', pricing: 'Service gratuit + prix d’un appel' } as const;

/** The seed's information message of step 3, verbatim. */
export const TIERS_DECLARANT_NOTICE =
  'Si vous êtes Tiers déclarant, à l’issue de votre inscription en ligne, merci de bien vouloir contacter votre Urssaf. Un conseiller réalisera le paramétrage de votre compte en ligne, afin de vous permettre d’effectuer le rattachement de vos comptes clients.';
