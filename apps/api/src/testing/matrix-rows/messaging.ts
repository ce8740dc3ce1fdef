import type { Row } from '../matrix-row';

//                                               anon  ti   gest cons decl paie mess hors autre admin cons. form.
/** « Messagerie », the space side and the Conseiller side. */
export const MESSAGING_ROWS: Record<string, Row> = {};
