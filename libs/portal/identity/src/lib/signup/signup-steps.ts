/**
 * The screens of « Créer votre espace », numbered as the FAQ's steps so that a trainer can follow
 * the FAQ on screen (« Étape 4 »…). Step 1 is the « Créer votre espace » link of the header.
 */
export const SIGNUP_CAPTION = 'Créer votre espace';

export const SIGNUP_STEPS = {
  profile: { step: 2, url: '/inscription' },
  notice: { step: 3, url: '/inscription/information' },
  siret: { step: 4, url: '/inscription/siret' },
  account: { step: 5, url: '/inscription/compte' },
  personal: { step: 6, url: '/inscription/informations-personnelles' },
  sent: { step: 7, url: '/inscription/courriel-envoye' },
  validation: { step: 8, url: '/inscription/validation' },
  password: { step: 9, url: '/inscription/mot-de-passe' },
  passwordSaved: { step: 10, url: '/inscription/mot-de-passe-enregistre' },
} as const;

export type SignupStepName = keyof typeof SIGNUP_STEPS;
