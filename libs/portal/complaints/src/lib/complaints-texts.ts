/**
 * The FAQ's own sentences (« Je dépose une réclamation », « Je saisis le médiateur »), reproduced
 * word for word; only the seed's typos are corrected (« prenons », « différend », « délai »).
 */
export const COMPLAINT_WHO_TO_CONTACT =
  'Pour toute question relative à vos cotisations, prestations santé ou retraite, contactez directement votre Urssaf, votre Cpam ou votre Carsat.';
export const COMPLAINT_COMMITMENT =
  'Nous prenons en charge toutes les demandes et nous engageons à les traiter dans les plus brefs délais.';

export const MEDIATION_INTRO =
  'En cas de désaccord avec votre Urssaf, Cpam ou Carsat sur le traitement de votre dossier suite à une réclamation, vous pouvez solliciter l\'intervention d\'un tiers pour une résolution amiable de votre différend.';
export const MEDIATION_CONDITIONS_INTRO = 'Vous pouvez saisir le médiateur';
export const MEDIATION_CONDITIONS = [
  'si vous avez adressé une réclamation à un organisme du régime général et si la réponse apportée n’a pas été satisfaisante ou aucune réponse n’a été réceptionnée dans un délai de 30 jours',
  'si vous n’avez pas introduit un recours contentieux ou si vous ne faites pas l’objet d’une procédure de contrôle d’assiette ou de travail dissimulé de la part de l’URSSAF.',
] as const;
export const MEDIATION_ADMISSIBLE =
  'Si ces conditions sont respectées, votre demande sera considérée comme recevable à la procédure de médiation.';
export const MEDIATION_SUSPENDED_DEADLINE =
  'Si, dans le cadre d\'une procédure administrative, vous êtes contraint par un délai de recours limité, ce délai est suspendu, au maximum trois mois, pendant la phase de médiation.';
export const MEDIATION_DOMAINS_INTRO =
  'Une demande de médiation peut être faite par le travailleur indépendant dans les domaines suivants gérés par le régime général :';
export const MEDIATION_STEPS = [
  'À réception par le médiateur de votre demande en ligne, votre demande sera examinée au regard des critères de recevabilité.',
  'Un accusé de réception vous sera alors adressé, indiquant si votre demande est recevable à la médiation ou si elle a été réorientée vers un autre interlocuteur.',
  'Si votre demande de médiation est recevable, le médiateur engage une période d’analyse qui peut donner lieu à des demandes d’informations complémentaires auprès des parties. Il confronte les arguments de chaque partie.',
  'Une recommandation est formulée par le médiateur et vous est transmise ainsi qu’à l’organisme en charge de votre dossier.',
  'Vous pouvez, à tout moment, décider d’arrêter la médiation en cours.',
] as const;
export const MEDIATION_CHARTER =
  'Les règles de fonctionnement de la médiation sont réunies dans la charte de la médiation du travailleur indépendant.';

/** The two yes/no questions of the admissibility (the FAQ's second condition, asked as questions). */
export const LITIGATION_QUESTION = 'Avez-vous introduit un recours contentieux ?';
export const CONTROL_QUESTION =
  'Faites-vous l’objet d’une procédure de contrôle d’assiette ou de travail dissimulé de la part de l’URSSAF ?';

export const COMPLAINTS_URL = '/reclamations';
export const NEW_COMPLAINT_URL = '/reclamations/nouvelle';
export const MEDIATION_URL = '/mediation';
export const FILE_MEDIATION_URL = '/mediation/saisir';
export const BACKOFFICE_MEDIATIONS_URL = '/conseiller/mediations';
