import type { HelpCentre, HelpScreenLink, SituationChange } from '@portail/domain';
import { PORTAL_SCREENS } from './portal-screens';
import { BODIES_OF_THE_DECEASED, CFE, SOCIAL_SECURITY_BODIES, TO_THE_BODIES, TO_THE_CFE } from './situation-bodies';

const WITHIN_A_MONTH = 'Dans le mois qui suit le changement';
/** The seed gives no deadline for what is told to the Urssaf, the Cpam and the Carsat. */
const AS_SOON_AS_POSSIBLE = 'Dès que possible : aucun délai n’est fixé';

/** The Messagerie reaches the Urssaf; a réclamation also reaches the Cpam and the Carsat. */
const WRITE_TO_THE_URSSAF: HelpScreenLink = { label: 'Écrire à votre Urssaf', ...PORTAL_SCREENS.messaging };
const FILE_A_COMPLAINT: HelpScreenLink = {
  label: 'Je dépose une réclamation',
  href: PORTAL_SCREENS.complaint.href,
  screen: 'à votre Urssaf, votre Cpam ou votre Carsat',
};

type ChangeOfTheSeed = Pick<SituationChange, 'id' | 'label' | 'sentences' | 'questionId'>;

const AT_THE_CFE =
  'Par une déclaration auprès du centre de formalités des entreprises : elle ne se fait pas sur ce portail. Pour une question sur votre dossier, écrivez à votre Urssaf.';
const TO_EACH_BODY =
  'Prévenez chacun des trois organismes. Sur ce portail, la Messagerie vous permet d’écrire à votre Urssaf, et une réclamation peut être adressée à votre Urssaf, à votre Cpam ou à votre Carsat.';

/** What the centre de formalités handles: the portal cannot do it, the Urssaf can answer questions. */
function toTheCfe(change: ChangeOfTheSeed, bodies = [CFE]): SituationChange {
  return { ...change, rule: TO_THE_CFE, bodies, delay: WITHIN_A_MONTH, how: AT_THE_CFE, links: [WRITE_TO_THE_URSSAF] };
}

function toTheBodies(change: ChangeOfTheSeed): SituationChange {
  return {
    ...change,
    rule: TO_THE_BODIES,
    bodies: SOCIAL_SECURITY_BODIES,
    delay: AS_SOON_AS_POSSIBLE,
    how: TO_EACH_BODY,
    links: [WRITE_TO_THE_URSSAF, FILE_A_COMPLAINT],
  };
}

/**
 * The « Changement de situation » guide: the seed's table (« Quel changement ? » / « quel
 * interlocuteur ? ») and the sentences of its questions, one choice at a time. Served with the
 * FAQ so that the verbatim test covers its wording too.
 */
export const SITUATION_GUIDE: HelpCentre['situationGuide'] = {
  title: 'Changement de situation',
  intro: 'Choisissez le changement à signaler : le guide vous indique qui prévenir, dans quel délai et comment.',
  changes: [
    toTheCfe({
      id: 'statut',
      label: 'Changement de statut',
      sentences: ['Le changement de statut est à signaler dans le mois qui suit au centre de formalités des entreprises (CFE).'],
      questionId: 'changement-de-statut',
    }),
    toTheCfe(
      {
        id: 'adresse-professionnelle',
        label: 'Changement d\'adresse professionnelle',
        sentences: ['Le changement d\'adresse professionnelle est à signaler dans le mois qui suit au Guichet unique.'],
        questionId: 'signaler-un-demenagement',
      },
      [`${CFE} : le Guichet unique`],
    ),
    toTheCfe({ id: 'cessation', label: 'Cessation d\'activité', sentences: [], questionId: 'signaler-un-changement' }),
    toTheBodies({
      id: 'etat-civil',
      label: 'Changement d\'état civil',
      sentences: ['Naissance, adoption, mariage, etc. : tout changement d\'état civil est à signaler auprès de :'],
      questionId: 'changement-d-etat-civil',
    }),
    toTheBodies({
      id: 'adresse-personnelle',
      label: 'Nouvelle adresse personnelle',
      sentences: ['Le changement d\'adresse personnelle (domicile) est à signaler à :'],
      questionId: 'signaler-un-demenagement',
    }),
    toTheBodies({
      id: 'coordonnees-bancaires',
      label: 'Changement de coordonnées bancaires / RIB / IBAN',
      sentences: ['Tout changement de compte bancaire, de RIB, d\'IBAN ou de banque est à signaler auprès de :'],
      questionId: 'changement-de-compte-bancaire',
    }),
    {
      id: 'deces',
      label: 'Décès',
      rule: 'la famille doit prévenir les trois organismes de sécurité sociale, en envoyant un bulletin de décès ou la photocopie du livret de famille mis à jour.',
      bodies: BODIES_OF_THE_DECEASED,
      delay: AS_SOON_AS_POSSIBLE,
      how: 'La famille envoie à chacun des trois organismes un bulletin de décès ou la photocopie du livret de famille mis à jour.',
      // The rule is the seed's sentence itself.
      sentences: [],
      links: [WRITE_TO_THE_URSSAF, FILE_A_COMPLAINT],
      questionId: 'signaler-un-deces',
    },
  ],
};
