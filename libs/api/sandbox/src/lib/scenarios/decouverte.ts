import { CONSEILLER, FORMATEUR, JACQUES_BERNARD, JULIE_MOREAU, MARIE_LEFEBVRE, PAUL_DURAND } from '../sandbox-personas';
import { FREE_DIRECTORY_CARDS } from './directory-cards';
import type { ScenarioPlan } from './scenario-plan';
import { SANDBOX_RANGES } from './sandbox-ranges';

const { lefebvre, bernard } = SANDBOX_RANGES.decouverte;
export const LEFEBVRE_SIRET = '44306184100013';
export const BERNARD_SIRET = '51222718200015';

/**
 * What the sandbox holds at first start, and again after a reset to « Découverte »: every kind of
 * persona, Marie Lefebvre's portfolio in every state (and Paul Durand, so that his own space shows
 * his accountant) with her collaborator Julie Moreau, Jacques Bernard's mandates migrated from
 * secu-independants.fr. The hand-written directory entries stay free, for the trainees to add.
 */
export const DECOUVERTE: ScenarioPlan = {
  key: 'decouverte',
  people: [FORMATEUR, CONSEILLER, MARIE_LEFEBVRE, JACQUES_BERNARD, PAUL_DURAND, JULIE_MOREAU],
  spaces: [
    {
      kind: 'tiers',
      name: 'Cabinet Lefebvre',
      siret: LEFEBVRE_SIRET,
      status: 'actif',
      members: [
        { email: MARIE_LEFEBVRE.email, role: 'administrateur', primary: true },
        {
          email: JULIE_MOREAU.email,
          role: 'collaborateur',
          rights: ['consultation-cotisations', 'paiement'],
          subPortfolio: { clients: 5, status: 'rattache' },
        },
      ],
      clients: [
        { range: { from: lefebvre.from, count: 28 }, status: 'rattache' },
        { range: { from: lefebvre.from + 28, count: 9 }, status: 'en-attente' },
        { range: { from: lefebvre.from + 37, count: 3 }, status: 'bloque' },
        { tiNumbers: ['90000000006'], status: 'rattache' },
      ],
    },
    // Two spaces, so that the FAQ's step 2 shows: « Choisissez le compte sur lequel vous souhaitez intervenir ».
    {
      kind: 'employeur',
      name: 'Cabinet Lefebvre',
      siret: LEFEBVRE_SIRET,
      status: 'actif',
      members: [{ email: MARIE_LEFEBVRE.email, role: 'titulaire' }],
    },
    {
      kind: 'tiers',
      name: 'Cabinet Bernard',
      siret: BERNARD_SIRET,
      status: 'actif',
      members: [{ email: JACQUES_BERNARD.email, role: 'administrateur', primary: true }],
      clients: [{ range: bernard, status: 'rattache' }],
    },
    {
      kind: 'travailleur-independant',
      name: 'Paul Durand',
      status: 'actif',
      members: [{ email: PAUL_DURAND.email, role: 'titulaire' }],
    },
    {
      kind: 'employeur',
      name: 'Durand Plomberie',
      siret: '80295478400012',
      status: 'actif',
      members: [{ email: PAUL_DURAND.email, role: 'titulaire' }],
    },
  ],
  clientCards: [
    ...FREE_DIRECTORY_CARDS,
    {
      index: lefebvre.from + 28,
      label: 'Client du Cabinet Lefebvre en attente de rattachement (réponses pour le finaliser)',
    },
    { index: lefebvre.from + 37, label: 'Client du Cabinet Lefebvre bloqué après 5 essais' },
  ],
  traineeAccounts: true,
};
