import type { Row } from '../matrix-row';

//                                               anon  ti   gest cons decl paie mess hors autre admin cons. form.
/** Réclamations and médiateur du CPSTI, the requester side and the Conseiller / médiateur side. */
export const COMPLAINTS_ROWS: Record<string, Row> = {};
