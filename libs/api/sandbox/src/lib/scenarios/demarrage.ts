import { CONSEILLER, FORMATEUR } from '../sandbox-personas';
import { FREE_DIRECTORY_CARDS } from './directory-cards';
import type { ScenarioPlan } from './scenario-plan';

/**
 * A blank sandbox: the directory, and the back-office staff needed to finish a new space (the
 * Conseiller finalises the configuration). Trainees sign up with the 12 steps, using their card.
 */
export const DEMARRAGE: ScenarioPlan = {
  key: 'demarrage',
  people: [FORMATEUR, CONSEILLER],
  spaces: [],
  clientCards: FREE_DIRECTORY_CARDS,
  traineeAccounts: false,
};
