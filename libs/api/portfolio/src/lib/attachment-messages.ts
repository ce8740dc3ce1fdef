import { formatSecurityCode } from '@portail/domain';
import type { NewEmail, NewLetter } from '@portail/api-outbox';

export interface ContributorAddressee {
  civility: string;
  first_name: string;
  last_name: string;
  email: string;
  address_line: string;
  postal_code: string;
  city: string;
  ti_number: string;
}

function salutation(contributor: ContributorAddressee): string {
  return contributor.civility === 'Mme' ? 'Madame' : 'Monsieur';
}

/** Step 3 of the seed: « Un courriel sera envoyé au cotisant afin de l’avertir de son rattachement à votre compte en ligne. » */
export function attachmentRequestedEmail(contributor: ContributorAddressee, firmName: string, attachmentId: string): NewEmail {
  return {
    to: contributor.email,
    subject: `${firmName} demande le rattachement de votre compte`,
    body: [
      `${salutation(contributor)} ${contributor.last_name},`,
      `Le tiers déclarant ${firmName} vient d’ajouter votre compte de travailleur indépendant (n° ${contributor.ti_number}) à son portefeuille clients sur le portail.`,
      'Pour finaliser ce rattachement, il lui faut les réponses à vos deux questions secrètes, ou le code de sécurité du courrier qui vous est adressé par voie postale. Il n’y a pas de délai : transmettez-les-lui si vous lui avez confié votre mandat.',
      'Une fois le rattachement finalisé, votre expert-comptable aura accès uniquement au module « Mes cotisations » de votre compte (pas à vos prestations santé ni à votre retraite).',
      'Si vous n’avez pas mandaté ce cabinet, ne communiquez ni vos réponses ni votre code, et contactez votre Urssaf au 3698 (Service gratuit + prix d’un appel), de 9h à 17h.',
      'Cordialement,\nVotre Urssaf',
    ].join('\n\n'),
    relatedTo: { type: 'attachment', id: attachmentId },
  };
}

/** The letter with the security code: the other way to finalise, and the lost-letter procedure's new code. */
export function securityCodeLetter(contributor: ContributorAddressee, firmName: string, code: string, attachmentId: string): NewLetter {
  const fullName = `${contributor.first_name} ${contributor.last_name.toUpperCase()}`;
  return {
    to: fullName,
    postalAddress: [`${salutation(contributor)} ${fullName}`, contributor.address_line, `${contributor.postal_code} ${contributor.city}`],
    subject: 'Votre code de sécurité pour le rattachement à votre tiers déclarant',
    body: [
      `${salutation(contributor)},`,
      `Le tiers déclarant ${firmName} a demandé le rattachement de votre compte de travailleur indépendant (n° ${contributor.ti_number}) à son portefeuille clients.`,
      `Votre code de sécurité : ${formatSecurityCode(code)}`,
      'Si vous lui avez confié votre mandat, communiquez-lui ce code : il lui permettra de finaliser le rattachement et d’accéder à votre dossier (module « Mes cotisations » uniquement). Ce code ne peut servir qu’une fois ; un nouveau courrier annule le précédent.',
      'Si vous n’avez pas mandaté ce cabinet, ne communiquez pas ce code et contactez votre Urssaf au 3698.',
      'Nous vous prions d’agréer, ' + `${salutation(contributor)}, l’expression de nos salutations distinguées.`,
      'Votre Urssaf',
    ].join('\n\n'),
    relatedTo: { type: 'attachment', id: attachmentId },
  };
}

/** Step 4 of the seed: « Un courriel sera envoyé à votre client afin de l’avertir de son rattachement. » */
export function attachmentFinalisedEmail(contributor: ContributorAddressee, firmName: string, attachmentId: string): NewEmail {
  return {
    to: contributor.email,
    subject: `Votre compte est rattaché à ${firmName}`,
    body: [
      `${salutation(contributor)} ${contributor.last_name},`,
      `Le rattachement de votre compte de travailleur indépendant (n° ${contributor.ti_number}) au portefeuille du tiers déclarant ${firmName} est finalisé.`,
      'Votre expert-comptable mandaté a désormais accès au module « Mes cotisations » de votre compte, avec toutes ses fonctionnalités, paiement compris (prélèvement automatique, télépaiement et carte bancaire).',
      'Cordialement,\nVotre Urssaf',
    ].join('\n\n'),
    relatedTo: { type: 'attachment', id: attachmentId },
  };
}
