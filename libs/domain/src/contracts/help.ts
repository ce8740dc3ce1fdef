/**
 * « Questions-Réponses » (#7): the FAQ of secu-independants.fr, theme by theme, with its
 * « La réponse à cette question vous a-t-elle été utile ? » (one vote per person and question),
 * the « Changement de situation » guide, and the counts shown on the trainer's console.
 */

/** Under every answer, as on the seed page. */
export const HELP_VOTE_PROMPT = 'La réponse à cette question vous a-t-elle été utile ?';
/** 409 to a second vote of the same person on the same question. */
export const HELP_ALREADY_VOTED = 'Vous avez déjà indiqué si cette réponse vous a été utile.';
/** 404 to a vote on a question the help centre does not have. */
export const HELP_UNKNOWN_QUESTION = 'Cette question n’existe pas dans les Questions-Réponses.';

/** A run of text of an answer's line; with `href`, a link to the portal screen that performs the procedure. */
export interface HelpRun {
  text: string;
  /** A path of the portal (never another site). */
  href?: string;
}

/** One line of the seed, as runs (a line may hold a link, e.g. « Ajouter un client »). */
export type HelpLine = HelpRun[];

/** A link of the seed (« Comment ça marche ? », « Fiche pratique »…) leading to a screen of the portal. */
export interface HelpScreenLink {
  /** The seed's own label. */
  label: string;
  href: string;
  /** The name of the portal screen it opens, shown next to it (« Créer votre espace »). */
  screen: string;
}

/**
 * The change-of-situation table of the seed: changes grouped by the interlocutor they are
 * reported to (the seed's merged cells). `bodies`: the organisations, which the seed showed as logos.
 */
export interface SituationTable {
  changeHeader: string;
  interlocutorHeader: string;
  groups: { interlocutor: string; bodies: string[]; changes: string[] }[];
}

/** A block of an answer, in the seed's order. */
export type HelpBlock =
  | { kind: 'paragraph'; lines: HelpLine[] }
  /** « Cotisations », « Retraite », « Nouveauté »…: a title inside an answer. */
  | { kind: 'subheading'; text: string }
  /** Bulleted list; an item may span several lines. */
  | { kind: 'bullets'; items: HelpLine[][] }
  /** Numbered steps (the seed's procedures). */
  | { kind: 'steps'; items: HelpLine[][] }
  | ({ kind: 'screen-link' } & HelpScreenLink)
  /** A label of the seed pointing to another site (ameli.fr…): named, never a link of ours. */
  | { kind: 'external-mention'; text: string; site: string }
  | { kind: 'situation-table'; table: SituationTable };

export interface HelpQuestion {
  /** Stable slug: votes are stored under it, and /aide/questions/<id> opens it. */
  id: string;
  question: string;
  answer: HelpBlock[];
}

export interface HelpTheme {
  id: string;
  title: string;
  questions: HelpQuestion[];
}

export const SITUATION_CHANGE_IDS = [
  'statut',
  'adresse-professionnelle',
  'cessation',
  'etat-civil',
  'adresse-personnelle',
  'coordonnees-bancaires',
  'deces',
] as const;
export type SituationChangeId = (typeof SITUATION_CHANGE_IDS)[number];

/** One choice of the « Changement de situation » guide: whom to tell, by when, and how. */
export interface SituationChange {
  id: SituationChangeId;
  /** The seed table's « Quel changement ? » (« Décès » for the one the table lacks). */
  label: string;
  /** The seed table's « quel interlocuteur ? » cell (for « Décès », the seed's sentence). */
  rule: string;
  /** Whom to tell: the centre de formalités des entreprises, or the organisations (the seed's lost logos). */
  bodies: string[];
  /** « Dans le mois qui suit le changement », or « Dès que possible » when the seed gives no deadline. */
  delay: string;
  /** How to do it, and whether the portal can help (our wording, not the seed's). */
  how: string;
  /** The seed's own sentences about this change, from its question. */
  sentences: string[];
  /** The screens of the portal that help (Messagerie, réclamation). */
  links: HelpScreenLink[];
  /** The FAQ question that answers it (/aide/questions/<questionId>). */
  questionId: string;
}

/** GET /api/help/questions (public): the whole help centre. */
export interface HelpCentre {
  title: string;
  subtitle: string;
  intro: string[];
  themes: HelpTheme[];
  situationGuide: { title: string; intro: string; changes: SituationChange[] };
}

/** GET /api/help/votes: the caller's votes, by question id (true: « Oui », false: « Non »). */
export type HelpVotes = Record<string, boolean>;

/** POST /api/help/questions/:questionId/vote */
export interface HelpVoteRequest {
  useful: boolean;
}

/** 201 to a vote. */
export interface HelpVote {
  questionId: string;
  useful: boolean;
  votedAt: string;
}

/** GET /api/sandbox/help-votes (Formateur): one row per question, in the help centre's order, zeros included. */
export interface HelpVoteCount {
  questionId: string;
  question: string;
  themeId: string;
  theme: string;
  /** « Oui » votes. */
  useful: number;
  /** « Non » votes. */
  notUseful: number;
}
