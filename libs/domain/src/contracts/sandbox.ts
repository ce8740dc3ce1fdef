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

/** A link carried by an e-mail, e.g. « Valider mon adresse courriel ». `href` is a path of the portal. */
export interface MessageLink {
  label: string;
  href: string;
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
