import type { Row } from '../matrix-row';

//                                               anon  ti   gest cons decl paie mess hors autre admin cons. form.
/** « Questions-Réponses », votes, and the trainer console's counts. */
export const HELP_ROWS: Record<string, Row> = {};
