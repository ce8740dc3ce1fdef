import type { HelpScreenLink } from '@portail/domain';

/** A screen of the portal an answer can lead to: its path and its name as the person sees it. */
export type PortalScreen = Omit<HelpScreenLink, 'label'>;

/**
 * The screens that perform the seed's procedures. Paths of the portal (apps/portal's routes),
 * kept here once so that a moved page is corrected in one place.
 */
export const PORTAL_SCREENS = {
  signup: { href: '/inscription', screen: 'Créer votre espace' },
  login: { href: '/connexion', screen: 'Se connecter' },
  portfolio: { href: '/portefeuille', screen: 'Portefeuille clients' },
  addClient: { href: '/portefeuille/ajouter', screen: 'Ajouter un client' },
  accounts: { href: '/comptes', screen: 'Gérer les comptes' },
  addAccount: { href: '/comptes/ajouter', screen: 'Ajouter un compte' },
  transfer: { href: '/comptes/transfert', screen: 'Transférer le portefeuille' },
  messaging: { href: '/messagerie', screen: 'Messagerie' },
  complaint: { href: '/reclamations/nouvelle', screen: 'Je dépose une réclamation' },
  mediationHome: { href: '/mediation', screen: 'Je saisis le médiateur' },
  mediation: { href: '/mediation/saisir', screen: 'Saisir le médiateur' },
  ownRequests: { href: '/mes-cotisations/demandes', screen: 'Mes cotisations — Demandes, pour votre propre compte' },
  situationGuide: { href: '/aide/changement-de-situation', screen: 'qui prévenir, dans quel délai' },
} as const satisfies Record<string, PortalScreen>;
