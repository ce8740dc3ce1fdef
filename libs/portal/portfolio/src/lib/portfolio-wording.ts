/** The sentences of the FAQ that several pages of the portfolio repeat. */

/** « Si votre client a perdu le code de sécurité » — also the way out of a « bloqué » attachment. */
export const READD_PROCEDURE =
  'Si votre client a perdu le code de sécurité : supprimer le client, puis l’ajouter de nouveau en cliquant sur Ajouter un client. Un courrier, contenant un nouveau code de sécurité, lui sera envoyé.';

/** After « Ajouter un client », on the page that finalises the attachment. */
export const CLIENT_ADDED_MESSAGE =
  'Un courriel a été envoyé au cotisant afin de l’avertir de son rattachement à votre compte en ligne. Un courrier contenant un code de sécurité lui a été adressé.';

export const ATTACHMENT_FINALISED_MESSAGE =
  'Le rattachement est finalisé. Un courriel a été envoyé à votre client afin de l’avertir de son rattachement.';

/** The history-state key by which the add page tells the finalise page that the client is new. */
export const CLIENT_ADDED_STATE = 'portfolioClientAdded';
