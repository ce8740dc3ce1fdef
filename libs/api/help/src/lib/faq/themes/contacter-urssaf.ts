import type { HelpTheme } from '@portail/domain';
import { paragraph, screenLink } from '../faq-blocks';
import { PORTAL_SCREENS } from '../portal-screens';

/** The Messagerie and the 3698. */
export const CONTACTER_URSSAF: HelpTheme = {
  id: 'contacter-urssaf',
  title: 'Contacter l’Urssaf',
  questions: [
    {
      id: 'envoyer-un-courriel',
      question:
        'Je ne trouve plus le bouton "envoyer un courriel" sur secu-independants.fr : comment envoyer un mail à l\'Urssaf ?',
      answer: [
        paragraph('La messagerie est désormais intégrée à votre espace urssaf.fr.'),
        paragraph('Elle est ainsi plus sécurisée et vous permet d\'accéder à l\'historique de vos échanges avec l\'Urssaf.'),
        screenLink('Fiche pratique Urssaf.fr', PORTAL_SCREENS.messaging),
      ],
    },
    {
      id: 'numero-d-assistance',
      question:
        'Où trouver le numéro de téléphone d\'assistance, anciennement disponible pour m\'aider en cas de problème pour me connecter par exemple ?',
      answer: [
        paragraph(
          'Vous rencontrez un problème pour vous connecter ou pour créer votre compte ?',
          'Quelque chose ne fonctionne pas sur votre espace Urssaf.fr ?',
        ),
        paragraph('Vous pouvez joindre un conseiller au 3698 (Service gratuit + prix d’un appel) de 9h à 17h.'),
        paragraph(
          'Il s’agit du numéro unique dédié aux travailleurs indépendants pour toutes les questions, y compris pour vous assister en cas de problème sur votre espace.',
        ),
      ],
    },
  ],
};
