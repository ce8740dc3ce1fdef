/**
 * « Messagerie » (#7): conversations between a space (tiers mandaté or travailleur indépendant)
 * and its Urssaf. The space side is for the TI in their own space and for the active members of a
 * tiers space (a collaborator needs the « messagerie » right); the Conseiller Urssaf answers from
 * the back-office, and each answer sends an e-mail notice (never the message itself).
 */
import type { SpaceKind } from './identity';

/** Who wrote a message: someone of the space, or the Urssaf (a Conseiller). */
export type MessageSide = 'espace' | 'urssaf';

export const MESSAGE_SUBJECT_MIN_LENGTH = 3;
export const MESSAGE_SUBJECT_MAX_LENGTH = 120;
export const MESSAGE_BODY_MAX_LENGTH = 5000;

/** How many messages a person of a space may send in an hour (new conversations and answers). */
export const MESSAGES_PER_HOUR = 30;

/** The seed's own sentences (FAQ « Messagerie »), shown verbatim on the space's page. */
export const MESSAGING_TEXTS = {
  intro: 'Cet écran affiche vos derniers échanges avec votre Urssaf ainsi que les canaux de contact mis à votre disposition.',
  secured: "Elle est ainsi plus sécurisée et vous permet d'accéder à l'historique de vos échanges avec l'Urssaf.",
  phone: 'Vous pouvez joindre un conseiller au 3698 (Service gratuit + prix d’un appel) de 9h à 17h.',
  phoneScope:
    'Il s’agit du numéro unique dédié aux travailleurs indépendants pour toutes les questions, y compris pour vous assister en cas de problème sur votre espace.',
} as const;

/** The subject of the e-mail notice sent to the space when the Urssaf answers. */
export const NEW_MESSAGE_NOTICE_SUBJECT = 'Nouveau message dans votre Messagerie';

/** One conversation in the space's list (GET /api/messaging/threads), newest activity first. */
export interface MessageThreadSummary {
  id: string;
  subject: string;
  createdAt: string;
  lastMessageAt: string;
  /** Who wrote the last message. */
  lastMessageSide: MessageSide;
  messageCount: number;
  /** The Urssaf's messages the caller has not read yet (each person of the space reads for themselves). */
  unreadCount: number;
}

export interface ThreadMessage {
  id: string;
  side: MessageSide;
  /** « Marie Lefebvre », or « Sophie Garnier » for a Conseiller; « Compte supprimé » when the person no longer exists. */
  authorName: string;
  /** As typed, line breaks included: shown as text, never as HTML. */
  body: string;
  sentAt: string;
}

/**
 * GET /api/messaging/threads/:threadId (marks it read for the caller), and the answer of the
 * POSTs: the conversation with every message, oldest first. 404 for a conversation of another space.
 */
export interface MessageThread {
  id: string;
  subject: string;
  createdAt: string;
  lastMessageAt: string;
  messages: ThreadMessage[];
}

/** POST /api/messaging/threads — 201 `MessageThread`; 400 a field; 429 too many messages in the hour. */
export interface NewThreadRequest {
  /** 3 to 120 characters, trimmed. */
  subject: string;
  /** 1 to 5,000 characters, trimmed. */
  body: string;
}

/** POST /api/messaging/threads/:threadId/messages (and the Conseiller's) — 201; 400 a field; 404 unknown. */
export interface NewMessageRequest {
  body: string;
}

/** GET /api/messaging/unread — the Urssaf's messages the caller has not read, in the current space. */
export interface UnreadMessages {
  count: number;
}

/** The Conseiller's lists: « À traiter » (the space wrote last) or every conversation. */
export type BackofficeThreadFilter = 'a-traiter' | 'toutes';

/** How many conversations a back-office list shows at most (the newest, or for « À traiter » the longest waiting). */
export const BACKOFFICE_THREADS_LIMIT = 200;

/** A conversation of any space, as the Conseiller lists them (GET /api/backoffice/messaging/threads). */
export interface BackofficeThreadSummary {
  id: string;
  subject: string;
  spaceId: string;
  spaceName: string;
  spaceKind: SpaceKind;
  createdAt: string;
  lastMessageAt: string;
  lastMessageSide: MessageSide;
  messageCount: number;
}

/** GET /api/backoffice/messaging/threads/:threadId — the conversation and the space it belongs to. */
export interface BackofficeThread extends MessageThread {
  spaceId: string;
  spaceName: string;
  spaceKind: SpaceKind;
}

/**
 * POST /api/backoffice/messaging/threads/:threadId/messages — 201: the conversation with the
 * answer, and to whom the e-mail notice went (null when nobody of the space can receive it).
 */
export interface BackofficeAnswer {
  thread: BackofficeThread;
  noticeSentTo: string | null;
}
