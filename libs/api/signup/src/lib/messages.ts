/** The refusals and neutral answers of this area, in one place for the portal's and the tests' sake. */
export const SIRET_ALREADY_REGISTERED =
  'Ce SIRET est déjà inscrit sur le portail. Connectez-vous avec votre adresse courriel ou votre SIRET, ou utilisez « Mot de passe oublié ». Si votre cabinet ne s’est pas inscrit, contactez votre Urssaf au 3698.';

export const EMAIL_ALREADY_USED =
  'Cette adresse courriel est déjà utilisée sur le portail. Connectez-vous ou utilisez « Mot de passe oublié » ; si votre inscription n’est pas terminée, demandez un nouveau courriel de validation ; sinon, choisissez une autre adresse.';

/** The same answer whether or not the address waits for a validation: it tells nobody who signed up. */
export const VALIDATION_RESENT =
  'Si cette adresse attend une validation, un nouveau courriel de validation vient d’y être envoyé ; le lien précédent ne fonctionne plus. Pensez à regarder dans vos courriers indésirables.';

/** The same answer whether or not the address has an account. */
export const PASSWORD_RESET_REQUESTED =
  'Si un compte correspond à cette adresse, un courriel contenant un lien de réinitialisation valable 1 heure vient d’y être envoyé. Pensez à regarder dans vos courriers indésirables.';
