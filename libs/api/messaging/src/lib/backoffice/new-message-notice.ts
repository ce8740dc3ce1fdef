import type { NewEmail } from '@portail/api-outbox';
import { type Civility, NEW_MESSAGE_NOTICE_SUBJECT } from '@portail/domain';

export interface NoticeRecipient {
  personId: string;
  email: string;
  civility: Civility | null;
  firstName: string;
  lastName: string;
}

/**
 * The e-mail telling the space that its Urssaf answered. It never carries the message (nor the
 * subject the space typed): an e-mail leaves the secured space, the Messagerie does not.
 */
export function newMessageNotice(notice: { to: NoticeRecipient; spaceName: string; threadId: string }): NewEmail {
  const { to } = notice;
  const civility = to.civility === 'M' ? 'M. ' : to.civility === 'Mme' ? 'Mme ' : '';
  return {
    to: to.email,
    subject: NEW_MESSAGE_NOTICE_SUBJECT,
    body: [
      `Bonjour ${civility}${to.firstName} ${to.lastName},`,
      `Un nouveau message de votre Urssaf vous attend dans la Messagerie de l’espace « ${notice.spaceName} » sur le Portail Tiers.`,
      'Pour préserver la confidentialité de vos échanges, son contenu n’est pas repris dans ce courriel : connectez-vous à votre espace pour le lire et, si besoin, y répondre.',
      'Ce courriel est envoyé automatiquement : merci de ne pas y répondre.',
      'L’équipe du Portail Tiers',
    ].join('\n\n'),
    links: [{ label: 'Lire le message', href: `/messagerie/${notice.threadId}` }],
    relatedTo: { type: 'message-thread', id: notice.threadId },
  };
}
