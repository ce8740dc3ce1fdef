import type { HelpTheme } from '@portail/domain';
import { bullets, externalMention, paragraph, screenLink, subheading } from '../faq-blocks';
import { PORTAL_SCREENS } from '../portal-screens';
import { BODIES_OF_THE_DECEASED, SOCIAL_SECURITY_BODIES, TO_THE_BODIES, TO_THE_CFE } from '../situation-bodies';

const toTheGuide = screenLink('Changement de situation', PORTAL_SCREENS.situationGuide);

/** Whom to tell of a change, and within what time (the guide at /aide/changement-de-situation). */
export const CHANGEMENT_DE_SITUATION: HelpTheme = {
  id: 'changement-de-situation',
  title: 'Changement de situation',
  questions: [
    {
      id: 'signaler-un-changement',
      question: 'J\'aimerais signaler un changement personnel et/ou professionnel. À qui dois-je m\'adresser ?',
      answer: [
        {
          kind: 'situation-table',
          table: {
            changeHeader: 'Quel changement ?',
            interlocutorHeader: 'quel interlocuteur ?',
            groups: [
              {
                interlocutor: TO_THE_CFE,
                bodies: [],
                changes: ['Changement de statut', 'Changement d\'adresse professionnelle', 'Cessation d\'activité'],
              },
              {
                interlocutor: TO_THE_BODIES,
                bodies: SOCIAL_SECURITY_BODIES,
                changes: [
                  'Changement d\'état civil',
                  'Nouvelle adresse personnelle',
                  'Changement de coordonnées bancaires / RIB / IBAN',
                ],
              },
            ],
          },
        },
        toTheGuide,
      ],
    },
    {
      id: 'signaler-un-demenagement',
      question: 'Comment signaler un déménagement ?',
      answer: [
        paragraph(
          'Le changement d\'adresse professionnelle est à signaler dans le mois qui suit au Guichet unique.',
          'Le changement d\'adresse personnelle (domicile) est à signaler à :',
        ),
        bullets(...SOCIAL_SECURITY_BODIES),
        toTheGuide,
      ],
    },
    {
      id: 'changement-d-etat-civil',
      question: 'Comment signaler un changement d\'état civil / rattachement d\'ayant droit ?',
      answer: [
        paragraph('Naissance, adoption, mariage, etc. : tout changement d\'état civil est à signaler auprès de :'),
        bullets(...SOCIAL_SECURITY_BODIES),
        subheading('Voir aussi'),
        externalMention('Attestations Carte Vitale', 'ameli.fr'),
        toTheGuide,
      ],
    },
    {
      id: 'changement-de-compte-bancaire',
      question: 'Comment signaler un changement de compte bancaire (RIB - IBAN) ?',
      answer: [
        paragraph('Tout changement de compte bancaire, de RIB, d\'IBAN ou de banque est à signaler auprès de :'),
        bullets(...SOCIAL_SECURITY_BODIES),
        toTheGuide,
      ],
    },
    {
      id: 'signaler-un-deces',
      question: 'Comment signaler un décès ?',
      answer: [
        paragraph(
          'En cas de décès d\'un assuré, la famille doit prévenir les trois organismes de sécurité sociale, en envoyant un bulletin de décès ou la photocopie du livret de famille mis à jour.',
        ),
        bullets(...BODIES_OF_THE_DECEASED),
        paragraph('Voir aussi sur lassuranceretraite.fr et ameli.fr :'),
        externalMention('Le site de l’Assurance retraite', 'lassuranceretraite.fr'),
        externalMention('Le site de l’Assurance maladie', 'ameli.fr'),
        toTheGuide,
      ],
    },
    {
      id: 'changement-de-statut',
      question: 'Comment signaler un changement de statut juridique ou fiscal ?',
      answer: [
        paragraph(
          'Le changement de statut est à signaler dans le mois qui suit au centre de formalités des entreprises (CFE).',
        ),
        toTheGuide,
      ],
    },
  ],
};
