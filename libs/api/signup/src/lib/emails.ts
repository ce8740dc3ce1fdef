import type { NewEmail } from '@portail/api-outbox';
import { type Civility, URSSAF_ASSISTANCE } from '@portail/domain';

/** Who an e-mail is written to. */
export interface Addressee {
  id: string;
  email: string;
  civility: Civility | null;
  firstName: string;
  lastName: string;
}

/** The primary administrator of a tiers space being signed up. */
export interface Applicant extends Addressee {
  companyName: string;
  siret: string;
}

export const VALIDATION_LINK_LABEL = 'Valider mon adresse courriel';
export const RESET_LINK_LABEL = 'Réinitialiser mon mot de passe';
/** The provisional password is never written in clear, not even partly: a mailbox is not a safe. */
export const MASKED_PASSWORD = '••••••••';

const ASSISTANCE = `votre Urssaf au ${URSSAF_ASSISTANCE.phone} (${URSSAF_ASSISTANCE.pricing}), ${URSSAF_ASSISTANCE.hours}`;
const SIGNATURE = 'L’équipe du Portail Tiers';

function greeting(person: Addressee): string {
  const civility = person.civility === 'M' ? 'M. ' : person.civility === 'Mme' ? 'Mme ' : '';
  return `Bonjour ${civility}${person.firstName} ${person.lastName},`;
}

/** « 732 829 320 00074 »: how a SIRET is read aloud and printed. */
function formatSiret(siret: string): string {
  return `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
}

/** Step 7 of the signup: the link that proves the address. */
export function validationEmail(applicant: Applicant, token: string): NewEmail {
  return {
    to: applicant.email,
    subject: 'Validez votre adresse courriel',
    body: [
      greeting(applicant),
      `Vous avez demandé l’inscription de « ${applicant.companyName} » (SIRET ${formatSiret(applicant.siret)}) sur le Portail Tiers, en tant que tiers mandaté.`,
      'Pour poursuivre, validez votre adresse courriel avec le lien ci-dessous. Ce lien est valable 24 heures et ne peut servir qu’une fois ; vous pourrez ensuite créer votre mot de passe.',
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce courriel : aucun compte ne sera ouvert.',
      SIGNATURE,
    ].join('\n\n'),
    links: [{ label: VALIDATION_LINK_LABEL, href: `/inscription/validation?token=${encodeURIComponent(token)}` }],
    relatedTo: { type: 'person', id: applicant.id },
  };
}

/** Step 10: the password is provisional and must be changed at the first login (step 11). */
export function provisionalPasswordEmail(person: Addressee): NewEmail {
  return {
    to: person.email,
    subject: 'Votre mot de passe provisoire',
    body: [
      greeting(person),
      `Votre inscription sur le Portail Tiers est enregistrée. Le mot de passe que vous venez de choisir (${MASKED_PASSWORD}) est un mot de passe provisoire, à changer dès la première connexion.`,
      'Connectez-vous avec votre adresse courriel ou votre SIRET et ce mot de passe : le portail vous demandera aussitôt d’en choisir un nouveau.',
      `Votre espace sera ensuite en attente de paramétrage : contactez ${ASSISTANCE}. Un conseiller finalisera le paramétrage de votre compte afin de vous permettre d’effectuer le rattachement de vos comptes clients.`,
      SIGNATURE,
    ].join('\n\n'),
    links: [{ label: 'Me connecter', href: '/connexion' }],
    relatedTo: { type: 'person', id: person.id },
  };
}

export function passwordResetEmail(person: Addressee, token: string): NewEmail {
  return {
    to: person.email,
    subject: 'Réinitialisation de votre mot de passe',
    body: [
      greeting(person),
      'Une réinitialisation du mot de passe de votre compte Portail Tiers a été demandée. Pour choisir un nouveau mot de passe, suivez le lien ci-dessous : il est valable 1 heure et ne peut servir qu’une fois.',
      'Après la réinitialisation, toutes vos sessions ouvertes seront fermées.',
      `Si vous n’êtes pas à l’origine de cette demande, ignorez ce courriel : votre mot de passe actuel reste valable. En cas de doute, contactez ${ASSISTANCE}.`,
      SIGNATURE,
    ].join('\n\n'),
    links: [{ label: RESET_LINK_LABEL, href: `/mot-de-passe/reinitialiser?token=${encodeURIComponent(token)}` }],
    relatedTo: { type: 'person', id: person.id },
  };
}
