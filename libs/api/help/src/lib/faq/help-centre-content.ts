import type { HelpCentre } from '@portail/domain';
import { SITUATION_GUIDE } from './situation-guide';
import { CHANGEMENT_DE_SITUATION } from './themes/changement-de-situation';
import { COLLABORATEURS } from './themes/collaborateurs';
import { COMPTE_URSSAF } from './themes/compte-urssaf';
import { CONTACTER_URSSAF } from './themes/contacter-urssaf';
import { DIFFICULTES_PAIEMENT } from './themes/difficultes-paiement';
import { EXPERTS_COMPTABLES } from './themes/experts-comptables';
import { RECLAMATION_MEDIATION } from './themes/reclamation-mediation';

/**
 * « Questions-Réponses »: every question and answer of secu-independants.fr's FAQ (the seed,
 * faq-secu-independants.txt next to this file), verbatim but for its typos, grouped by theme.
 * apps/api/src/help-content.spec.ts checks it against the seed line by line.
 */
export const HELP_CENTRE: HelpCentre = {
  title: 'Questions-Réponses',
  subtitle: 'Foire aux questions',
  intro: [
    'Cliquez sur le thème de votre choix pour découvrir les réponses à vos questions',
    'Suppression du RSI, accès à Mon compte, perte de carte Vitale, démarches administratives. Les réponses à toutes vos questions sur secu-indépendants.fr.',
  ],
  themes: [
    COMPTE_URSSAF,
    CONTACTER_URSSAF,
    EXPERTS_COMPTABLES,
    COLLABORATEURS,
    RECLAMATION_MEDIATION,
    DIFFICULTES_PAIEMENT,
    CHANGEMENT_DE_SITUATION,
  ],
  situationGuide: SITUATION_GUIDE,
};
