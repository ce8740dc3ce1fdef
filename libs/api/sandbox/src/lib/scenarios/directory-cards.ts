import type { PlannedClientCard } from './scenario-plan';

const FREE = 'Client de l’annuaire, libre : à ajouter avec « Ajouter un client »';

/** The hand-written directory clients a trainer adds by hand (all but Paul Durand, who has his own card). */
export const FREE_DIRECTORY_CARDS: PlannedClientCard[] = [
  { tiNumber: '90000000001', label: FREE },
  { tiNumber: '90000000002', label: `${FREE} (gérant majoritaire sans Siret : NIR et n° TI)` },
  { tiNumber: '90000000003', label: FREE },
  { tiNumber: '90000000004', label: FREE },
  { tiNumber: '90000000005', label: `${FREE} (gérante majoritaire sans Siret : NIR et n° TI)` },
];
