/**
 * The procedures of the public FAQ (seed: faq-secu-independants.txt) that the guided mode follows,
 * as data. The steps' text is the FAQ's own wording, so that the trainee reads on screen what the
 * trainer reads aloud; only the longest steps are shortened (« […] »), and the bullet lists of the
 * FAQ are numbered in their order.
 *
 * Each step says where the trainee is when they are at that step:
 * - `urls`: pages of the step. A URL pattern is a path: `:name` stands for one segment, a final
 *   `**` for any number of them; the query string is ignored. As in the router, a literal segment
 *   beats a parameter (`/comptes/transfert` is not `/comptes/:personId`). When the page belongs to
 *   one procedure only, it also chooses that procedure;
 * - `weakUrls`: pages shared with ordinary use (home, login, mailbox…): they show the step when the
 *   procedure is already chosen but never choose it;
 * - `markers`: what a page says is happening on it when its URL is not enough (a pop-in, the
 *   e-mail opened in the simulated mailbox…). Pages set them with `GuideStore.mark` or the
 *   `ptGuideStep` directive; they take precedence over the URL.
 *
 * Several steps may share a page (the mailbox, the portfolio): the guide then keeps moving forward,
 * see `locateStep`.
 */

/** What a page can tell the guide about itself; GUIDE_MARKER_SOURCES (guide-step.ts) says who sets each. */
export const GUIDE_MARKERS = [
  'signup.validation-email',
  'signup.password-email',
  'portfolio.attachment-email',
  'portfolio.security-code-letter',
  'portfolio.attached-email',
  'portfolio.delete-client',
  'accounts.activation-sent',
  'accounts.activation-email',
  'accounts.transfer-email',
] as const;

export type GuideMarker = (typeof GUIDE_MARKERS)[number];

export type GuideProcedureId = 'signup' | 'portfolio' | 'collaborator' | 'transfer' | 'lost-code';

export interface GuideStepDef {
  /** The FAQ's number (or the rank of the FAQ's bullet). */
  number: number;
  text: string;
  urls?: readonly string[];
  weakUrls?: readonly string[];
  markers?: readonly GuideMarker[];
}

export interface GuideProcedure {
  id: GuideProcedureId;
  title: string;
  /** The FAQ's sentence that introduces the steps, when it has one. */
  intro?: string;
  steps: readonly GuideStepDef[];
}

const MAILBOX = ['/bac-a-sable/courriels', '/bac-a-sable/courriels/:id'];
const LETTERS = ['/bac-a-sable/courrier', '/bac-a-sable/courrier/:id'];

const SIGNUP: GuideProcedure = {
  id: 'signup',
  title: 'Créer votre espace (expert-comptable)',
  steps: [
    { number: 1, text: 'En haut à droite sur urssaf.fr, cliquez sur «Créer votre espace»', weakUrls: ['/'] },
    { number: 2, text: 'Sélectionnez le profil «Tiers mandaté» qui vous est proposé.', urls: ['/inscription'] },
    {
      number: 3,
      text: 'Le message d’information suivant s’affiche : « Si vous êtes Tiers déclarant, à l’issue de votre inscription en ligne, merci de bien vouloir contacter votre Urssaf. […] »',
      urls: ['/inscription/information'],
    },
    {
      number: 4,
      text: 'Vous êtes ensuite redirigé vers la page de demande d’adhésion aux services en ligne où vous devrez renseigner votre SIRET. Cliquez ensuite sur «Suivant »',
      urls: ['/inscription/siret'],
    },
    {
      number: 5,
      text: 'Choisissez votre catégorie de compte et renseignez votre adresse courriel, puis cliquez sur «Suivant ».',
      urls: ['/inscription/compte'],
    },
    {
      number: 6,
      text: 'Remplissez obligatoirement vos informations personnelles dans les champs suivis d’un astérisque, puis cliquez sur «Suivant ».',
      urls: ['/inscription/informations-personnelles'],
    },
    {
      number: 7,
      text: 'Une fois que vous avez rempli les informations demandées pour votre inscription, un courriel de validation vous est envoyé à l’adresse que vous avez saisie.',
      urls: ['/inscription/courriel-envoye'],
      // The list only: an opened e-mail is the next step's (or step 10's).
      weakUrls: ['/bac-a-sable/courriels'],
    },
    {
      number: 8,
      text: 'Pour confirmer votre inscription, cliquez sur le lien « Valider mon adresse courriel ».',
      urls: ['/inscription/validation'],
      weakUrls: ['/bac-a-sable/courriels/:id'],
      markers: ['signup.validation-email'],
    },
    {
      number: 9,
      text: 'Une fois l’adresse courriel validée, vous serez redirigé vers la page de création du mot de passe. Le mot de passe doit comporter exactement 8 caractères avec au moins 1 chiffre et 1 lettre, sans caractères spéciaux.',
      urls: ['/inscription/mot-de-passe'],
    },
    {
      number: 10,
      text: 'Vous recevrez un courriel à l’adresse renseignée, contenant ce mot de passe provisoire, à changer dès la première connexion.',
      urls: ['/inscription/mot-de-passe-enregistre'],
      weakUrls: [...MAILBOX, '/connexion'],
      markers: ['signup.password-email'],
    },
    {
      number: 11,
      text: 'Après avoir enregistré votre mot de passe personnalisé, une pop-in de confirmation s’ouvre. En cliquant sur « Fermer » vous êtes redirigé vers la page d’accueil du site.',
      // The password change of the first login, its pop-in included.
      weakUrls: ['/mot-de-passe/changer'],
    },
    {
      number: 12,
      text: 'Il ne vous reste plus qu’à contacter votre Urssaf pour que votre conseiller finalise le paramétrage de votre compte !',
      // « Mon espace » says the space awaits its set-up, and the number to call.
      weakUrls: ['/espace'],
    },
  ],
};

const PORTFOLIO: GuideProcedure = {
  id: 'portfolio',
  title: 'Créer votre portefeuille clients',
  steps: [
    { number: 1, text: 'Connectez-vous à votre compte expertcomptable sur le site Urssaf.fr', weakUrls: ['/connexion'] },
    {
      number: 2,
      text: 'Choisissez le compte sur lequel vous souhaitez intervenir.',
      weakUrls: ['/espace/choisir', '/espace'],
    },
    {
      number: 3,
      text: 'Afin de rattacher un compte Travailleur indépendant à votre compte, saisissez le SIREN de l’entreprise (gérant majoritaire sans Siret : numéro de sécurité sociale et numéro de Travailleur Indépendant). Un courriel sera envoyé au cotisant afin de l’avertir de son rattachement à votre compte en ligne.',
      urls: ['/portefeuille', '/portefeuille/ajouter'],
      weakUrls: MAILBOX,
      markers: ['portfolio.attachment-email'],
    },
    {
      number: 4,
      text: 'Pour finaliser le rattachement d’un compte Travailleur indépendant, répondez aux deux questions secrètes. Un courriel sera envoyé à votre client afin de l’avertir de son rattachement.',
      urls: ['/portefeuille/clients/:clientId/finaliser'],
      weakUrls: [...MAILBOX, ...LETTERS],
      markers: ['portfolio.security-code-letter', 'portfolio.attached-email'],
    },
    {
      number: 5,
      text: 'En tant qu’expert-comptable mandaté, vous avez accès uniquement au module «Mes cotisations » des établissements de votre portefeuille. Toutes les fonctionnalités de ce module sont disponibles (ainsi que le télépaiement).',
      urls: ['/portefeuille', '/portefeuille/clients/:clientId/cotisations/**'],
    },
  ],
};

const COLLABORATOR: GuideProcedure = {
  id: 'collaborator',
  title: 'Ajouter un nouveau collaborateur',
  intro: 'Une fois connecté à votre espace Urssaf :',
  steps: [
    { number: 1, text: 'Vous cliquez sur Gérer les comptes et sur Ajouter un compte', urls: ['/comptes'] },
    {
      number: 2,
      text: 'Vous définissez les droits que vous souhaitez lui confier, vous remplissez les champs',
      urls: ['/comptes/ajouter'],
    },
    {
      number: 3,
      text: 'Un courriel est envoyé automatiquement à votre collaborateur pour activer son compte',
      urls: ['/activation'],
      weakUrls: MAILBOX,
      markers: ['accounts.activation-sent', 'accounts.activation-email'],
    },
    { number: 4, text: 'Vous pouvez lui attribuer un portefeuille clients', urls: ['/comptes/:personId'] },
  ],
};

const TRANSFER: GuideProcedure = {
  id: 'transfer',
  title: 'Récupérer le portefeuille d’un responsable',
  steps: [
    {
      number: 1,
      text: 'Pour éviter de supprimer et de réenregistrer la liste des clients, vous pouvez créer un nouveau compte administrateur',
      urls: ['/comptes', '/comptes/ajouter', '/comptes/:personId', '/activation'],
      weakUrls: [...MAILBOX, '/connexion'],
      markers: ['accounts.activation-sent', 'accounts.activation-email'],
    },
    {
      number: 2,
      text: 'Il faudra ensuite transférer tous les clients vers ce nouveau compte.',
      urls: ['/comptes/transfert'],
      weakUrls: MAILBOX,
      markers: ['accounts.transfer-email'],
    },
  ],
};

const LOST_CODE: GuideProcedure = {
  id: 'lost-code',
  title: 'Votre client a perdu le code de sécurité',
  intro: 'Si votre client a perdu le code de sécurité, il faut sur votre compte expert-comptable :',
  steps: [
    { number: 1, text: 'Supprimer le client', urls: ['/portefeuille'], markers: ['portfolio.delete-client'] },
    { number: 2, text: 'L’ajouter de nouveau en cliquant sur Ajouter un client.', urls: ['/portefeuille/ajouter'] },
    {
      number: 3,
      text: 'Un courrier, contenant un nouveau code qui vous permet d’accéder à son dossier, lui sera envoyé.',
      urls: ['/portefeuille/clients/:clientId/finaliser'],
      weakUrls: [...LETTERS, '/portefeuille'],
      markers: ['portfolio.security-code-letter'],
    },
  ],
};

/** In the order of the panel's list. */
export const GUIDE_PROCEDURES: readonly GuideProcedure[] = [SIGNUP, PORTFOLIO, COLLABORATOR, TRANSFER, LOST_CODE];

export function procedureById(id: GuideProcedureId | null): GuideProcedure | null {
  return GUIDE_PROCEDURES.find((procedure) => procedure.id === id) ?? null;
}
