/** What a tiers space awaiting its configuration (« paramétrage ») is told when it asks for a portfolio feature. */
export const AWAITING_CONFIGURATION =
  'Votre espace est en attente de paramétrage : contactez votre Urssaf au 3698 (Service gratuit + prix d’un appel), de 9h à 17h. Un conseiller finalisera le paramétrage de votre compte afin de vous permettre d’effectuer le rattachement de vos comptes clients.';
