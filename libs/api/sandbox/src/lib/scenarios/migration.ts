import { CONSEILLER, FORMATEUR, JACQUES_BERNARD } from '../sandbox-personas';
import { BERNARD_SIRET } from './decouverte';
import { FREE_DIRECTORY_CARDS } from './directory-cards';
import type { PlannedPerson, ScenarioPlan } from './scenario-plan';
import { SANDBOX_RANGES } from './sandbox-ranges';

const ranges = SANDBOX_RANGES.migration;
export const FABRE_SIRET = '97200001200013';
export const ROUSSEL_SIRET = '97200002000016';

const NATHALIE_FABRE: PlannedPerson = {
  email: 'nathalie.fabre@cabinet-fabre.fr',
  password: 'Secu2022',
  civility: 'Mme',
  firstName: 'Nathalie',
  lastName: 'Fabre',
  provisional: true,
  migratedFromSecu: true,
  card: {
    kind: 'expert-comptable',
    label: 'Expert-comptable migrée de secu-independants.fr, 15 mandats (mot de passe à changer)',
  },
};
const OLIVIER_ROUSSEL: PlannedPerson = {
  email: 'olivier.roussel@roussel-conseil.fr',
  password: 'Secu2023',
  civility: 'M',
  firstName: 'Olivier',
  lastName: 'Roussel',
  provisional: true,
  migratedFromSecu: true,
  card: {
    kind: 'expert-comptable',
    label:
      'Expert-comptable migré qui avait déjà un espace : ses 20 clients migrés ont rejoint ses 8 clients (mot de passe à changer)',
  },
};

/**
 * Accounts migrated from secu-independants.fr with their mandates: each logs in with the e-mail
 * or SIRET and the old password, then must choose a personal one. Olivier Roussel already had a
 * space: his migrated clients joined its portfolio (some of his own were still pending).
 */
export const MIGRATION: ScenarioPlan = {
  key: 'migration',
  people: [FORMATEUR, CONSEILLER, JACQUES_BERNARD, NATHALIE_FABRE, OLIVIER_ROUSSEL],
  spaces: [
    {
      kind: 'tiers',
      name: 'Cabinet Bernard',
      siret: BERNARD_SIRET,
      status: 'actif',
      members: [{ email: JACQUES_BERNARD.email, role: 'administrateur', primary: true }],
      clients: [{ range: ranges.bernard, status: 'rattache' }],
    },
    {
      kind: 'tiers',
      name: 'Cabinet Fabre',
      siret: FABRE_SIRET,
      status: 'actif',
      members: [{ email: NATHALIE_FABRE.email, role: 'administrateur', primary: true }],
      clients: [{ range: ranges.fabre, status: 'rattache' }],
    },
    {
      kind: 'tiers',
      name: 'Roussel Conseil',
      siret: ROUSSEL_SIRET,
      status: 'actif',
      members: [{ email: OLIVIER_ROUSSEL.email, role: 'administrateur', primary: true }],
      clients: [
        { range: { from: ranges.rousselOwn.from, count: 5 }, status: 'rattache', everyMinutes: 60 * 24 * 30 },
        { range: { from: ranges.rousselOwn.from + 5, count: 3 }, status: 'en-attente', everyMinutes: 60 * 24 },
        { range: ranges.rousselMigrated, status: 'rattache' },
      ],
    },
  ],
  clientCards: [
    ...FREE_DIRECTORY_CARDS,
    { index: ranges.rousselOwn.from + 5, label: 'Client de Roussel Conseil en attente de rattachement' },
  ],
  traineeAccounts: true,
};
