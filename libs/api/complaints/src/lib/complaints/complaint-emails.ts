import type { NewEmail } from '@portail/api-outbox';
import { formatParisDateTime } from '@portail/domain';
import { COMPLAINT_ORGANISMS, complaintRecipient, type ComplaintTopic } from '@portail/domain/complaints';

export interface ComplaintFacts {
  id: string;
  reference: string;
  topic: ComplaintTopic;
  subject: string;
  receivedAt: Date;
  filer: { id: string; email: string; firstName: string; lastName: string };
}

const SIGNATURE = 'L’équipe du Portail Tiers';
const link = (facts: ComplaintFacts) => ({ label: 'Voir ma réclamation', href: `/reclamations/${facts.id}` });

/** The « accusé de réception », written with the réclamation. */
export function complaintReceivedEmail(facts: ComplaintFacts): NewEmail {
  return {
    to: facts.filer.email,
    subject: `Accusé de réception de votre réclamation ${facts.reference}`,
    body: [
      `Bonjour ${facts.filer.firstName} ${facts.filer.lastName},`,
      `Votre réclamation « ${facts.subject} » a bien été reçue le ${formatParisDateTime(facts.receivedAt)} et transmise à ${complaintRecipient(facts.topic)}. Sa référence : ${facts.reference}.`,
      'Nous prenons en charge toutes les demandes et nous engageons à les traiter dans les plus brefs délais. Vous serez informé par courriel de la réponse.',
      SIGNATURE,
    ].join('\n\n'),
    links: [link(facts)],
    relatedTo: { type: 'complaint', id: facts.id },
  };
}

/** The organism's answer, in full, with the way to the médiateur should it not satisfy. */
export function complaintAnsweredEmail(facts: ComplaintFacts, answer: string): NewEmail {
  return {
    to: facts.filer.email,
    subject: `Réponse à votre réclamation ${facts.reference}`,
    body: [
      `Bonjour ${facts.filer.firstName} ${facts.filer.lastName},`,
      `Votre ${COMPLAINT_ORGANISMS[facts.topic]} a répondu à votre réclamation « ${facts.subject} » (${facts.reference}) :`,
      answer,
      'Si la réponse apportée ne vous a pas satisfait, vous pouvez solliciter l’intervention du médiateur du CPSTI pour une résolution amiable de votre différend.',
      SIGNATURE,
    ].join('\n\n'),
    links: [link(facts), { label: 'Saisir le médiateur', href: '/mediation' }],
    relatedTo: { type: 'complaint', id: facts.id },
  };
}
