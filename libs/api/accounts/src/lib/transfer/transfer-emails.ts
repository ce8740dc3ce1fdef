import type { NewEmail } from '@portail/api-outbox';
import { type AttachmentStatus, type Civility, type TransferResult, URSSAF_ASSISTANCE } from '@portail/domain';

/** An administrator named in a transfer e-mail. */
export interface TransferParty {
  personId: string;
  email: string;
  civility: Civility | null;
  firstName: string;
  lastName: string;
}

/** What both e-mails tell: who, what, and what the firm's portfolio looks like afterwards. */
export interface TransferFacts {
  firmName: string;
  portfolioId: string;
  from: TransferParty;
  to: TransferParty;
  /** Who confirmed it with their password (may be one of the two). */
  actor: TransferParty;
  counts: Record<AttachmentStatus, number>;
  result: TransferResult;
  /** Size of the portfolio `to` is responsible for afterwards. */
  clientsAfterwards: number;
}

const SIGNATURE = 'L’équipe du Portail Tiers';
const IF_UNEXPECTED = `Si ce changement ne correspond à aucune demande de votre cabinet, contactez l’administrateur de votre espace ou votre Urssaf au ${URSSAF_ASSISTANCE.phone} (${URSSAF_ASSISTANCE.pricing}), ${URSSAF_ASSISTANCE.hours}.`;

function salutation(person: TransferParty): string {
  const civility = person.civility === 'M' ? 'M. ' : person.civility === 'Mme' ? 'Mme ' : '';
  return `Bonjour ${civility}${person.firstName} ${person.lastName},`;
}

const fullName = (person: TransferParty) => `${person.firstName} ${person.lastName}`;
// One formatter: toLocaleString builds a new one at each call, inside the transfer's transaction.
const FRENCH_NUMBER = new Intl.NumberFormat('fr-FR');
const number = (value: number) => FRENCH_NUMBER.format(value);
const clients = (value: number) => `${number(value)} client${value > 1 ? 's' : ''}`;
const totalOf = (counts: Record<AttachmentStatus, number>) => counts.rattache + counts['en-attente'] + counts.bloque;

function breakdown(counts: Record<AttachmentStatus, number>): string {
  return `${number(counts.rattache)} rattaché${counts.rattache > 1 ? 's' : ''}, ${number(counts['en-attente'])} en attente de rattachement, ${number(counts.bloque)} bloqué${counts.bloque > 1 ? 's' : ''}`;
}

/** « à la demande de … » unless the addressee confirmed it themselves. */
function confirmedBy(facts: TransferFacts, addressee: TransferParty): string {
  return facts.actor.personId === addressee.personId ? 'à votre demande' : `à la demande de ${fullName(facts.actor)}`;
}

/** To the administrator who now answers for the clients. */
export function portfolioReceivedEmail(facts: TransferFacts): NewEmail {
  const { from, to, result } = facts;
  const total = totalOf(facts.counts);
  const what =
    result.mode === 'owner-change'
      ? `Le portefeuille de ${fullName(from)} dans l’espace « ${facts.firmName} » vous a été transféré ${confirmedBy(facts, to)} : vous êtes désormais responsable de ses ${clients(total)} (${breakdown(facts.counts)}).`
      : `Les ${clients(total)} du portefeuille de ${fullName(from)} dans l’espace « ${facts.firmName} » (${breakdown(facts.counts)}) ont rejoint le vôtre ${confirmedBy(facts, to)}. Votre portefeuille compte désormais ${clients(facts.clientsAfterwards)}.`;
  const duplicates =
    result.duplicatesResolved > 0
      ? `${clients(result.duplicatesResolved)} figurai${result.duplicatesResolved > 1 ? 'ent' : 't'} dans les deux portefeuilles : chacun n’y figure plus qu’une fois, avec le rattachement le plus avancé.`
      : null;
  return {
    to: to.email,
    subject: `Le portefeuille de ${fullName(from)} vous a été transféré`,
    body: [
      salutation(to),
      what,
      ...(duplicates ? [duplicates] : []),
      'Les rattachements en attente vous suivent : vous pourrez les finaliser depuis votre portefeuille. Les collaborateurs qui travaillaient dans ce portefeuille conservent leur sous-portefeuille.',
      IF_UNEXPECTED,
      SIGNATURE,
    ].join('\n\n'),
    links: [{ label: 'Voir mon portefeuille', href: '/portefeuille' }],
    relatedTo: { type: 'portfolio', id: facts.portfolioId },
  };
}

/** To the former administrator, who no longer answers for these clients. */
export function portfolioHandedOverEmail(facts: TransferFacts): NewEmail {
  const { from, to } = facts;
  return {
    to: from.email,
    subject: `Votre portefeuille a été transféré à ${fullName(to)}`,
    body: [
      salutation(from),
      `Votre portefeuille de ${clients(totalOf(facts.counts))} dans l’espace « ${facts.firmName} » (${breakdown(facts.counts)}) a été transféré à ${fullName(to)} ${confirmedBy(facts, from)}. Vous n’en êtes plus responsable : ces clients, y compris ceux en attente de rattachement, sont désormais suivis par ${fullName(to)}.`,
      'Votre compte reste ouvert ; un administrateur de l’espace peut le désactiver depuis « Gérer les comptes ».',
      IF_UNEXPECTED,
      SIGNATURE,
    ].join('\n\n'),
    relatedTo: { type: 'portfolio', id: facts.portfolioId },
  };
}
