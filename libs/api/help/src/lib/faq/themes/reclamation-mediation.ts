import type { HelpTheme } from '@portail/domain';
import { bullets, paragraph, screenLink } from '../faq-blocks';
import { PORTAL_SCREENS } from '../portal-screens';

const { complaint, mediation, mediationHome } = PORTAL_SCREENS;

/** A réclamation about one's file, then the médiateur du CPSTI when it is not settled. */
export const RECLAMATION_MEDIATION: HelpTheme = {
  id: 'reclamation-et-mediation',
  title: 'Réclamation et médiation',
  questions: [
    {
      id: 'deposer-une-reclamation',
      question: 'En cas de question sur mon dossier, comment déposer une réclamation ?',
      answer: [
        screenLink('Je dépose une réclamation', complaint),
        paragraph(
          'Pour toute question relative à vos cotisations, prestations santé ou retraite, contactez directement votre Urssaf, votre Cpam ou votre Carsat.',
        ),
        paragraph('Nous prenons en charge toutes les demandes et nous engageons à les traiter dans les plus brefs délais.'),
      ],
    },
    {
      id: 'saisir-le-mediateur',
      question: 'En cas de désaccord, comment saisir le médiateur du CPSTI ?',
      answer: [
        screenLink('Je saisis le médiateur', mediationHome),
        paragraph(
          'En cas de désaccord avec votre Urssaf, Cpam ou Carsat sur le traitement de votre dossier suite à une réclamation, vous pouvez solliciter l\'intervention d\'un tiers pour une résolution amiable de votre différend.',
        ),
      ],
    },
    {
      id: 'conditions-de-la-mediation',
      question: 'Dans quelle situation puis-je faire une demande de médiation ?',
      answer: [
        paragraph('Vous pouvez saisir le médiateur'),
        bullets(
          'si vous avez adressé une réclamation à un organisme du régime général et si la réponse apportée n’a pas été satisfaisante ou aucune réponse n’a été réceptionnée dans un délai de 30 jours',
          'si vous n’avez pas introduit un recours contentieux ou si vous ne faites pas l’objet d’une procédure de contrôle d’assiette ou de travail dissimulé de la part de l’URSSAF.',
        ),
        paragraph(
          'Si ces conditions sont respectées, votre demande sera considérée comme recevable à la procédure de médiation.',
          'Si, dans le cadre d\'une procédure administrative, vous êtes contraint par un délai de recours limité, ce délai est suspendu, au maximum trois mois, pendant la phase de médiation.',
        ),
        screenLink('Saisir le médiateur', mediation),
      ],
    },
    {
      id: 'domaines-de-la-mediation',
      question: 'Quels sont les domaines dans lesquels je peux faire une demande de médiation ?',
      answer: [
        paragraph(
          'Une demande de médiation peut être faite par le travailleur indépendant dans les domaines suivants gérés par le régime général :',
        ),
        bullets(
          'l’affiliation',
          'le recouvrement des cotisations et contributions sociales',
          'le service des prestations d’assurance maladie et de retraite',
          'la qualité de service',
        ),
        screenLink('Saisir le médiateur', mediation),
      ],
    },
    {
      id: 'etapes-de-la-mediation',
      question: 'Quelles sont les différentes étapes d\'une médiation ?',
      answer: [
        paragraph(
          'À réception par le médiateur de votre demande en ligne, votre demande sera examinée au regard des critères de recevabilité.',
        ),
        paragraph(
          'Un accusé de réception vous sera alors adressé, indiquant si votre demande est recevable à la médiation ou si elle a été réorientée vers un autre interlocuteur.',
        ),
        paragraph(
          'Si votre demande de médiation est recevable, le médiateur engage une période d’analyse qui peut donner lieu à des demandes d’informations complémentaires auprès des parties. Il confronte les arguments de chaque partie.',
        ),
        paragraph(
          'Une recommandation est formulée par le médiateur et vous est transmise ainsi qu’à l’organisme en charge de votre dossier.',
        ),
        paragraph('Vous pouvez, à tout moment, décider d’arrêter la médiation en cours.'),
        paragraph(
          'Les règles de fonctionnement de la médiation sont réunies dans la charte de la médiation du travailleur indépendant.',
        ),
        screenLink('Saisir le médiateur', mediation),
      ],
    },
  ],
};
