import type { OutboundMessageKind } from '@portail/domain';

/** What differs between the simulated mailbox (e-mails) and the simulated letters. */
export interface MailboxWording {
  title: string;
  intro: string;
  /** The route of the list; a message is at `${path}/:id`. */
  path: string;
  empty: string;
  listTitle: string;
  backLabel: string;
  countLabel: (count: number) => string;
}

export const MAILBOX_WORDING: Record<OutboundMessageKind, MailboxWording> = {
  email: {
    title: 'Boîte de réception simulée',
    intro:
      'Les courriels que le portail enverrait arrivent ici : choisissez un destinataire, puis ouvrez un courriel.',
    path: '/bac-a-sable/courriels',
    empty: 'Aucun courriel pour le moment.',
    listTitle: 'Courriels reçus par',
    backLabel: 'Retour à la boîte de réception',
    countLabel: (count) => `${count} courriel${count > 1 ? 's' : ''}`,
  },
  letter: {
    title: 'Courrier simulé',
    intro:
      'Les courriers postaux que le portail enverrait sont déposés ici, prêts à être imprimés.',
    path: '/bac-a-sable/courrier',
    empty: 'Aucun courrier pour le moment.',
    listTitle: 'Courriers adressés à',
    backLabel: 'Retour au courrier simulé',
    countLabel: (count) => `${count} courrier${count > 1 ? 's' : ''}`,
  },
};

/** The query parameter that keeps the selected recipient in the address bar. */
export const RECIPIENT_QUERY_PARAM = 'destinataire';
