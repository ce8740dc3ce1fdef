import type { NewEmail } from '@portail/api-outbox';
import { formatParisDateTime } from '@portail/domain';
import type { MediationStatus } from '@portail/domain/complaints';

export interface MediationFacts {
  id: string;
  reference: string;
  complaintReference: string;
  filer: { email: string; firstName: string; lastName: string };
}

const SIGNATURE = 'Le médiateur du CPSTI';
const SUSPENDED_DEADLINE =
  'Si, dans le cadre d’une procédure administrative, vous êtes contraint par un délai de recours limité, ce délai est suspendu, au maximum trois mois, pendant la phase de médiation.';

/** What each step tells the requester: the FAQ's « Quelles sont les différentes étapes d’une médiation ? ». */
function contentOf(step: MediationStatus, facts: MediationFacts, text: string | null, at: Date): { subject: string; paragraphs: string[] } {
  const ref = facts.reference;
  switch (step) {
    case 'recue':
      return {
        subject: `Votre demande de médiation ${ref} a bien été reçue`,
        paragraphs: [
          `Votre demande de médiation portant sur la réclamation ${facts.complaintReference} a bien été reçue le ${formatParisDateTime(at)}. Sa référence : ${ref}.`,
          'À réception par le médiateur de votre demande en ligne, votre demande sera examinée au regard des critères de recevabilité. Un accusé de réception vous sera alors adressé, indiquant si votre demande est recevable à la médiation ou si elle a été réorientée vers un autre interlocuteur.',
        ],
      };
    case 'recevable':
      return {
        subject: `Accusé de réception de votre demande de médiation ${ref} : recevable`,
        paragraphs: [
          'Votre demande est recevable à la médiation. Le médiateur engage une période d’analyse qui peut donner lieu à des demandes d’informations complémentaires auprès des parties.',
          ...(text ? [`Message du médiateur : ${text}`] : []),
          SUSPENDED_DEADLINE,
        ],
      };
    case 'reorientee':
      return {
        subject: `Accusé de réception de votre demande de médiation ${ref} : réorientée`,
        paragraphs: ['Votre demande a été réorientée vers un autre interlocuteur :', text ?? ''],
      };
    case 'analyse':
      return {
        subject: `Votre demande de médiation ${ref} : le médiateur engage l’analyse`,
        paragraphs: [
          'Le médiateur engage l’analyse de votre demande. Il confronte les arguments de chaque partie et vous adresse les questions suivantes :',
          text ?? '',
          'Vous les retrouvez sur la page de votre demande de médiation.',
        ],
      };
    case 'recommandation':
      return {
        subject: `La recommandation du médiateur est disponible (${ref})`,
        paragraphs: [
          'Une recommandation a été formulée par le médiateur. Elle vous est transmise ainsi qu’à l’organisme en charge de votre dossier : vous pouvez la consulter dès maintenant sur la page de votre demande de médiation.',
        ],
      };
    case 'arretee':
      return {
        subject: `Votre demande de médiation ${ref} est arrêtée`,
        paragraphs: [`Vous avez décidé d’arrêter la médiation en cours le ${formatParisDateTime(at)}. Le médiateur n’y donnera pas suite.`],
      };
  }
}

/** The e-mail of a step, written in the step's transaction. */
export function mediationStepEmail(facts: MediationFacts, step: MediationStatus, text: string | null, at: Date): NewEmail {
  const { subject, paragraphs } = contentOf(step, facts, text, at);
  return {
    to: facts.filer.email,
    subject,
    body: [`Bonjour ${facts.filer.firstName} ${facts.filer.lastName},`, ...paragraphs, SIGNATURE].join('\n\n'),
    links: [{ label: 'Voir ma demande de médiation', href: `/mediation/${facts.id}` }],
    relatedTo: { type: 'mediation', id: facts.id },
  };
}
