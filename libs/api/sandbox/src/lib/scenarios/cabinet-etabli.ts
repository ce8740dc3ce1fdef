import type { PlannedPerson, ScenarioPlan } from './scenario-plan';
import { CONSEILLER, FORMATEUR } from '../sandbox-personas';
import { FREE_DIRECTORY_CARDS } from './directory-cards';
import { SANDBOX_RANGES } from './sandbox-ranges';
import { mixedFailedTries, mixedStatus } from './client-rows';

export const MARCHAND_SIRET = '97100001300013';
const clients = SANDBOX_RANGES.cabinetEtabli;

/** The first client of the mix that is `status` (with wrong tries already, or not): shown on a card. */
function firstOf(status: 'en-attente' | 'bloque', withTries: boolean): number {
  let offset = 0;
  while (mixedStatus(offset) !== status || (status === 'en-attente' && mixedFailedTries(offset) > 0) !== withTries)
    offset += 1;
  return clients.from + offset;
}

const HELENE_MARCHAND: PlannedPerson = {
  email: 'helene.marchand@cabinet-marchand.fr',
  password: 'Etabli24',
  civility: 'Mme',
  firstName: 'Hélène',
  lastName: 'Marchand',
  card: { kind: 'expert-comptable', label: 'Administratrice du Cabinet Marchand & Associés (5 000 clients)' },
};
const LUCAS_PETIT: PlannedPerson = {
  email: 'lucas.petit@cabinet-marchand.fr',
  password: 'Gestion1',
  civility: 'M',
  firstName: 'Lucas',
  lastName: 'Petit',
  card: {
    kind: 'collaborateur',
    label: 'Collaborateur : gestion du portefeuille, consultation et déclaration des revenus (250 clients)',
  },
};
const EMMA_FONTAINE: PlannedPerson = {
  email: 'emma.fontaine@cabinet-marchand.fr',
  password: 'Consult1',
  civility: 'Mme',
  firstName: 'Emma',
  lastName: 'Fontaine',
  card: { kind: 'collaborateur', label: 'Collaboratrice : consultation et paiement seulement (40 clients rattachés)' },
};

/**
 * A firm that has used the portal for years: finalised, its administrator, two collaborators with
 * different rights and sub-portfolios, and 5,000 clients in every state (80 % rattachés, 17 % en
 * attente — some with wrong tries already —, 3 % bloqués), added one every 10 minutes over a month.
 */
export const CABINET_ETABLI: ScenarioPlan = {
  key: 'cabinet-etabli',
  people: [FORMATEUR, CONSEILLER, HELENE_MARCHAND, LUCAS_PETIT, EMMA_FONTAINE],
  spaces: [
    {
      kind: 'tiers',
      name: 'Cabinet Marchand & Associés',
      siret: MARCHAND_SIRET,
      status: 'actif',
      members: [
        { email: HELENE_MARCHAND.email, role: 'administrateur', primary: true },
        {
          email: LUCAS_PETIT.email,
          role: 'collaborateur',
          rights: ['gestion-portefeuille', 'consultation-cotisations', 'declaration-revenus'],
          subPortfolio: { clients: 250 },
        },
        {
          email: EMMA_FONTAINE.email,
          role: 'collaborateur',
          rights: ['consultation-cotisations', 'paiement'],
          subPortfolio: { clients: 40, status: 'rattache' },
        },
      ],
      clients: [{ range: clients, status: 'mix', everyMinutes: 10 }],
    },
  ],
  clientCards: [
    ...FREE_DIRECTORY_CARDS,
    { index: firstOf('en-attente', false), label: 'Client du Cabinet Marchand en attente de rattachement' },
    { index: firstOf('en-attente', true), label: 'Client du Cabinet Marchand en attente, avec des essais infructueux' },
    { index: firstOf('bloque', false), label: 'Client du Cabinet Marchand bloqué après 5 essais' },
  ],
  traineeAccounts: true,
};
