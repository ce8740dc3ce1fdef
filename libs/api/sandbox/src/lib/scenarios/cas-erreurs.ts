import type { PasswordHasher } from '@portail/api-identity';
import { newSecurityCode } from '@portail/api-portfolio';
import { CONSEILLER, FORMATEUR } from '../sandbox-personas';
import { FREE_DIRECTORY_CARDS } from './directory-cards';
import type { PlannedPerson, ScenarioPlan } from './scenario-plan';
import { SANDBOX_RANGES } from './sandbox-ranges';
import { MOREL, stageErrors } from './staged-errors';
import { stageServices } from './staged-services';

export const MOREL_SIRET = '97300001100013';
export const VIDAL_SIRET = '97300002900015';
export const ROCHE_SIRET = '97300003700018';
const morel = SANDBOX_RANGES.casErreurs.morel;

const ANTOINE_MOREL: PlannedPerson = {
  email: 'antoine.morel@cabinet-morel.fr',
  password: 'Erreur24',
  civility: 'M',
  firstName: 'Antoine',
  lastName: 'Morel',
  card: {
    kind: 'expert-comptable',
    label:
      'Administrateur du Cabinet Morel Audit, où chaque impasse est mise en scène ; une réponse non lue dans la Messagerie, une réclamation sans réponse depuis 29 jours et 23 heures : le médiateur refuse la demande, prématurée, jusqu’à « +1 h »',
  },
};
const LEA_BONNET: PlannedPerson = {
  email: 'lea.bonnet@cabinet-morel.fr',
  password: null,
  civility: 'Mme',
  firstName: 'Léa',
  lastName: 'Bonnet',
  emailVerified: false,
  createdHoursAgo: 25,
  card: { kind: 'collaborateur', label: 'Collaboratrice invitée il y a 25 heures : son lien d’activation a expiré' },
};
const MAXIME_RENARD: PlannedPerson = {
  email: 'maxime.renard@cabinet-morel.fr',
  password: null,
  civility: 'M',
  firstName: 'Maxime',
  lastName: 'Renard',
  emailVerified: false,
  createdHoursAgo: 2,
  card: {
    kind: 'collaborateur',
    label: 'Collaborateur invité dont le courriel d’activation est revenu en erreur (adresse injoignable)',
  },
};
const SARAH_LAMBERT: PlannedPerson = {
  email: 'sarah.lambert@cabinet-morel.fr',
  password: 'Partie24',
  civility: 'Mme',
  firstName: 'Sarah',
  lastName: 'Lambert',
  card: { kind: 'collaborateur', label: 'Collaboratrice désactivée : la connexion lui est refusée' },
};
const HUGO_VIDAL: PlannedPerson = {
  email: 'hugo.vidal@cabinet-vidal.fr',
  password: null,
  civility: 'M',
  firstName: 'Hugo',
  lastName: 'Vidal',
  emailVerified: false,
  createdHoursAgo: 25,
  card: {
    kind: 'expert-comptable',
    label: 'Inscription arrêtée à l’étape 7 : le lien de validation du courriel a expiré',
  },
};
const INES_ROCHE: PlannedPerson = {
  email: 'ines.roche@cabinet-roche.fr',
  password: 'Provi024',
  civility: 'Mme',
  firstName: 'Inès',
  lastName: 'Roche',
  provisional: true,
  card: {
    kind: 'expert-comptable',
    label:
      'Inscription terminée, mot de passe provisoire à changer ; espace en attente du paramétrage par le Conseiller',
  },
};

/**
 * One of each dead end, staged: an expired activation link, a bounced activation e-mail, a
 * deactivated collaborator, an expired e-mail validation link, a provisional password on a space
 * awaiting the Conseiller, a lost letter, a client with one try left, a locked client, a client
 * already attached to another firm (Karim Benali: adding him elsewhere is refused), and #7's: an
 * unread answer in the Messagerie and a réclamation one hour short of the médiateur's 30 days.
 */
export const CAS_ERREURS: ScenarioPlan = {
  key: 'cas-erreurs',
  people: [FORMATEUR, CONSEILLER, ANTOINE_MOREL, LEA_BONNET, MAXIME_RENARD, SARAH_LAMBERT, HUGO_VIDAL, INES_ROCHE],
  spaces: [
    {
      kind: 'tiers',
      name: 'Cabinet Morel Audit',
      siret: MOREL_SIRET,
      status: 'actif',
      members: [
        { email: ANTOINE_MOREL.email, role: 'administrateur', primary: true },
        { email: LEA_BONNET.email, role: 'collaborateur', status: 'invite', rights: ['consultation-cotisations'] },
        {
          email: MAXIME_RENARD.email,
          role: 'collaborateur',
          status: 'invite',
          rights: ['consultation-cotisations', 'paiement'],
        },
        {
          email: SARAH_LAMBERT.email,
          role: 'collaborateur',
          status: 'desactive',
          rights: ['gestion-portefeuille'],
          subPortfolio: { clients: 3, status: 'rattache' },
        },
      ],
      clients: [
        { range: { from: morel.from, count: 15 }, status: 'rattache', everyMinutes: 60 * 24 },
        { range: { from: morel.from + 15, count: 3 }, status: 'en-attente', everyMinutes: 60 },
        { range: { from: MOREL.lostLetter, count: 1 }, status: 'en-attente' },
        { range: { from: MOREL.oneTryLeft, count: 1 }, status: 'en-attente', failedTries: 4 },
        { range: { from: MOREL.locked, count: 1 }, status: 'bloque' },
        { tiNumbers: [MOREL.attachedElsewhere], status: 'rattache' },
      ],
    },
    {
      kind: 'tiers',
      name: 'Cabinet Vidal',
      siret: VIDAL_SIRET,
      status: 'en-attente-parametrage',
      members: [{ email: HUGO_VIDAL.email, role: 'administrateur', primary: true }],
    },
    {
      kind: 'tiers',
      name: 'Cabinet Roche',
      siret: ROCHE_SIRET,
      status: 'en-attente-parametrage',
      members: [{ email: INES_ROCHE.email, role: 'administrateur', primary: true }],
    },
  ],
  clientCards: [
    {
      index: MOREL.lostLetter,
      label: 'Client du Cabinet Morel en attente : son courrier (code de sécurité) a été perdu',
    },
    { index: MOREL.oneTryLeft, label: 'Client du Cabinet Morel en attente : 4 essais infructueux, il en reste 1' },
    { index: MOREL.locked, label: 'Client du Cabinet Morel bloqué après 5 essais' },
    ...FREE_DIRECTORY_CARDS.map((card) =>
      'tiNumber' in card && card.tiNumber === MOREL.attachedElsewhere
        ? { ...card, label: 'Déjà rattaché au Cabinet Morel Audit : l’ajouter à un autre portefeuille est refusé' }
        : card,
    ),
  ],
  traineeAccounts: true,
  prepare: prepareErrors,
  stage: async (transaction, seeded, now, prepared) => {
    await stageErrors(transaction, seeded, now, prepared);
    const id = (map: Map<string, string>, key: string) => {
      const found = map.get(key);
      if (!found) throw new Error(`cas-erreurs: ${key} was not seeded`);
      return found;
    };
    await stageServices(
      transaction,
      {
        spaceId: id(seeded.spaceBySiret, MOREL_SIRET),
        administratorId: id(seeded.personByEmail, ANTOINE_MOREL.email),
        conseillerId: id(seeded.personByEmail, CONSEILLER.email),
      },
      now,
    );
  },
};

/** The lost letter's code is hashed before the reset's transaction (bcrypt holds no connection). */
async function prepareErrors(hasher: PasswordHasher): Promise<Record<string, string>> {
  const code = newSecurityCode();
  return { code, codeHash: await hasher.hash(code) };
}
