import type { BackofficeRole, SpaceKind, SpaceStatus } from '@portail/domain';

/**
 * The seeded accounts a trainer demonstrates with. Their passwords are public on purpose: this
 * is a training sandbox (they exist only in sandbox mode), and the trainer hands them out.
 */
export interface SandboxPersona {
  label: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  civility: 'M' | 'Mme';
  nir?: string;
  backofficeRole?: BackofficeRole;
  /** The password must be changed at the first login (a migrated secu-independants account). */
  provisional?: boolean;
  migratedFromSecu?: boolean;
  spaces: { kind: SpaceKind; name: string; siret?: string; status: SpaceStatus }[];
}

export const SANDBOX_PERSONAS: readonly SandboxPersona[] = [
  {
    label: 'Conseiller Urssaf',
    email: 'conseiller@urssaf.test',
    password: 'Conseil1',
    firstName: 'Sophie',
    lastName: 'Garnier',
    civility: 'Mme',
    backofficeRole: 'conseiller',
    spaces: [],
  },
  {
    label: 'Expert-comptable, espace finalisé (et employeur de son cabinet : deux espaces)',
    email: 'marie.lefebvre@cabinet-lefebvre.fr',
    password: 'Bilan024',
    firstName: 'Marie',
    lastName: 'Lefebvre',
    civility: 'Mme',
    // Two spaces, so that the FAQ's step 2 shows: « Choisissez le compte sur lequel vous souhaitez intervenir ».
    spaces: [
      { kind: 'tiers', name: 'Cabinet Lefebvre', siret: '44306184100013', status: 'actif' },
      { kind: 'employeur', name: 'Cabinet Lefebvre', siret: '44306184100013', status: 'actif' },
    ],
  },
  {
    label: 'Expert-comptable migré de secu-independants.fr (mot de passe à changer)',
    email: 'jacques.bernard@cabinet-bernard.fr',
    password: 'Secu2021',
    firstName: 'Jacques',
    lastName: 'Bernard',
    civility: 'M',
    provisional: true,
    migratedFromSecu: true,
    spaces: [{ kind: 'tiers', name: 'Cabinet Bernard', siret: '51222718200015', status: 'actif' }],
  },
  {
    label: 'Travailleur indépendant et employeur (un seul compte, deux espaces)',
    email: 'paul.durand@exemple.fr',
    password: 'Plomb024',
    firstName: 'Paul',
    lastName: 'Durand',
    civility: 'M',
    nir: '1850575056123',
    spaces: [
      { kind: 'travailleur-independant', name: 'Paul Durand', status: 'actif' },
      { kind: 'employeur', name: 'Durand Plomberie', siret: '80295478400012', status: 'actif' },
    ],
  },
];
