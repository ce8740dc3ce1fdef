import type { NewEmail } from '@portail/api-outbox';

export const FINALISED_SUBJECT = 'Le paramétrage de votre espace est finalisé';

export interface FinalisedSpace {
  name: string;
  administrator: { id: string; email: string; firstName: string; lastName: string };
}

/** Step 12 done: the accountant learns that the portfolio features are open. */
export function finalisationEmail(space: FinalisedSpace): NewEmail {
  const { administrator } = space;
  return {
    to: administrator.email,
    subject: FINALISED_SUBJECT,
    body: [
      `Bonjour ${administrator.firstName} ${administrator.lastName},`,
      `Votre Urssaf a finalisé le paramétrage de l’espace « ${space.name} » sur le Portail Tiers.`,
      'Vous pouvez désormais effectuer le rattachement des comptes de vos clients travailleurs indépendants depuis votre espace.',
      'L’équipe du Portail Tiers',
    ].join('\n\n'),
    links: [{ label: 'Accéder à mon espace', href: '/espace' }],
    relatedTo: { type: 'person', id: administrator.id },
  };
}
