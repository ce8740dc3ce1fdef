import type { HelpTheme } from '@portail/domain';
import { bullets, paragraph, screenLink } from '../faq-blocks';
import { PORTAL_SCREENS } from '../portal-screens';

/** Recalcul, délai de paiement, action sociale du CPSTI. */
export const DIFFICULTES_PAIEMENT: HelpTheme = {
  id: 'difficultes-de-paiement',
  title: 'Difficultés de paiement',
  questions: [
    {
      id: 'aides-et-demarches',
      question: 'Quelles sont les aides et les démarches pour en bénéficier ?',
      answer: [
        paragraph('En cas de difficulté, plusieurs dispositifs existent, permettant de :'),
        bullets(
          'demander un recalcul des cotisations',
          'demander un délai de paiement des cotisations',
          'en dernier ressort : l\'action sociale du CPSTI',
        ),
        // The portal's « Demandes » of « Mes cotisations » perform the first two (a client's, from the portfolio).
        screenLink('Demander un recalcul ou un délai de paiement', PORTAL_SCREENS.ownRequests),
        screenLink('Pour un client', {
          href: PORTAL_SCREENS.portfolio.href,
          screen: 'Portefeuille clients, puis « Mes cotisations » du client — Demandes',
        }),
        paragraph(
          'Pour bénéficier d\'une aide de l\'action sociale, le chef d\'entreprise doit faire la demande auprès de l\'Urssaf de son lieu d\'habitation.',
        ),
        paragraph(
          'Chaque demande est étudiée anonymement par une commission d\'Action Sociale. Les aides ne sont attribuées qu’en dernier ressort, après avoir utilisé au préalable toutes les possibilités offertes par la législation.',
          'Les décisions s’inscrivent dans le cadre d’un budget spécifique et limité. Les aides proposées ne sont donc en aucune manière un droit. Elles sont dûment motivées et ne peuvent faire l’objet d’aucun recours.',
        ),
      ],
    },
  ],
};
