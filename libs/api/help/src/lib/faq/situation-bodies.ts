/**
 * The seed showed the organisations to tell as logos, lost in its text (« à signaler à : » is
 * followed by nothing): the three organisations of the travailleur indépendant's social security.
 */
export const SOCIAL_SECURITY_BODIES = [
  'votre Urssaf',
  'votre caisse d’assurance maladie (Cpam)',
  'votre caisse de retraite (Carsat)',
];

/** The same three, for the family of a person who died (« les trois organismes de sécurité sociale »). */
export const BODIES_OF_THE_DECEASED = [
  'l’Urssaf',
  'la caisse d’assurance maladie (Cpam)',
  'la caisse de retraite (Carsat)',
];

/** The seed table's two answers to « quel interlocuteur ? ». */
export const TO_THE_CFE = 'à signaler dans le mois qui suit au centre de formalités des entreprises';
export const TO_THE_BODIES = 'à signaler à :';

export const CFE = 'le centre de formalités des entreprises (CFE)';
