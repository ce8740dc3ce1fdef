import type { PlannedPerson } from './scenarios/scenario-plan';

/**
 * The seeded accounts a trainer demonstrates with. Their passwords are public on purpose: this
 * is a training sandbox (they exist only in sandbox mode), and the trainer hands them out.
 */
export type SandboxPersona = PlannedPerson;

export const TRAINER_ADDRESS = 'formateur@portail-tiers.test';

/** The Formateur: kept by every reset (his person and sessions), recreated if missing. */
export const FORMATEUR: PlannedPerson = {
  email: TRAINER_ADDRESS,
  password: 'Former024',
  firstName: 'Thomas',
  lastName: 'Roux',
  civility: 'M',
  backofficeRole: 'formateur',
  card: { kind: 'formateur', label: 'Formateur (console du bac à sable)' },
};

/** In every scenario: the Conseiller finalises the configuration of new tiers spaces. */
export const CONSEILLER: PlannedPerson = {
  email: 'conseiller@urssaf.test',
  password: 'Conseil1',
  firstName: 'Sophie',
  lastName: 'Garnier',
  civility: 'Mme',
  backofficeRole: 'conseiller',
  card: {
    kind: 'conseiller',
    label:
      'Conseiller Urssaf et médiateur (finalise le paramétrage des espaces, traite les demandes, répond dans la Messagerie et aux réclamations, fait avancer les médiations)',
  },
};

export const MARIE_LEFEBVRE: PlannedPerson = {
  email: 'marie.lefebvre@cabinet-lefebvre.fr',
  password: 'Bilan024',
  firstName: 'Marie',
  lastName: 'Lefebvre',
  civility: 'Mme',
  card: {
    kind: 'expert-comptable',
    label: 'Expert-comptable, espace finalisé (et employeur de son cabinet : deux espaces)',
  },
};

export const JACQUES_BERNARD: PlannedPerson = {
  email: 'jacques.bernard@cabinet-bernard.fr',
  password: 'Secu2021',
  firstName: 'Jacques',
  lastName: 'Bernard',
  civility: 'M',
  provisional: true,
  migratedFromSecu: true,
  card: { kind: 'expert-comptable', label: 'Expert-comptable migré de secu-independants.fr (mot de passe à changer)' },
};

export const PAUL_DURAND: PlannedPerson = {
  email: 'paul.durand@exemple.fr',
  password: 'Plomb024',
  firstName: 'Paul',
  lastName: 'Durand',
  civility: 'M',
  nir: '1850575056123',
  card: {
    kind: 'travailleur-independant',
    label: 'Travailleur indépendant et employeur (un seul compte, deux espaces), client du Cabinet Lefebvre',
    tiNumber: '90000000006',
  },
};

/** Julie Moreau, Marie Lefebvre's collaborator: consultation and payment, five clients (README, welcome e-mail). */
export const JULIE_MOREAU: PlannedPerson = {
  email: 'julie.moreau@cabinet-lefebvre.fr',
  password: 'Collab024',
  civility: 'Mme',
  firstName: 'Julie',
  lastName: 'Moreau',
  card: { kind: 'collaborateur', label: 'Collaboratrice de Marie Lefebvre (consultation et paiement, 5 clients)' },
};

/** The personas of the sandbox seeded at first start (« Découverte »). */
export const SANDBOX_PERSONAS: readonly SandboxPersona[] = [
  FORMATEUR,
  CONSEILLER,
  MARIE_LEFEBVRE,
  JACQUES_BERNARD,
  PAUL_DURAND,
  JULIE_MOREAU,
];
