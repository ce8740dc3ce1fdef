import { sha256 } from '@portail/api-identity';
import { generatedEntry } from '@portail/api-portfolio';
import { ACTIVATION_LIFETIME_HOURS, formatSecurityCode, type MessageLink } from '@portail/domain';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { SeededIds } from './scenario-plan';
import { SANDBOX_RANGES } from './sandbox-ranges';

const HOUR_MS = 3_600_000;
const morel = SANDBOX_RANGES.casErreurs.morel;

/** The Cabinet Morel's staged clients, by directory index (Karim Benali by n° TI). */
export const MOREL = {
  lostLetter: morel.from + 18,
  oneTryLeft: morel.from + 19,
  locked: morel.from + 20,
  attachedElsewhere: '90000000004',
} as const;

interface StagedMessage {
  kind: 'email' | 'letter';
  to: string;
  postalAddress?: string[];
  subject: string;
  body: string;
  links?: MessageLink[];
  related: { type: string; id: string };
  at: Date;
  bouncedAt?: Date;
  lostAt?: Date;
}

/**
 * What « Cas d'erreurs » needs beyond the plan's sets: the links and messages of each dead end,
 * dated in the past so that the sandbox clock (back to real time) finds them expired. The
 * messages reproduce the product's (same subjects, link labels and link paths: the mailbox opens
 * them like any other); they are written here because they are staged, not sent by an action.
 */
export async function stageErrors(
  transaction: EntityManager,
  seeded: SeededIds,
  now: Date,
  prepared: Record<string, string>,
): Promise<void> {
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR_MS);
  const person = (email: string) => {
    const id = seeded.personByEmail.get(email);
    if (!id) throw new Error(`cas-erreurs: ${email} was not seeded`);
    return id;
  };
  const messages: StagedMessage[] = [];

  // Léa Bonnet, invited 25 hours ago: the 24-hour activation link has expired.
  const lea = person('lea.bonnet@cabinet-morel.fr');
  const leaToken = await issueToken(transaction, lea, 'activation', ago(25), ago(25 - ACTIVATION_LIFETIME_HOURS));
  messages.push(activationMessage('lea.bonnet@cabinet-morel.fr', 'Léa Bonnet', 'Mme', lea, leaToken, ago(25)));

  // Maxime Renard, invited 2 hours ago: his link still works, but the e-mail bounced.
  const maxime = person('maxime.renard@cabinet-morel.fr');
  const maximeToken = await issueToken(transaction, maxime, 'activation', ago(2), ago(2 - ACTIVATION_LIFETIME_HOURS));
  messages.push({
    ...activationMessage('maxime.renard@cabinet-morel.fr', 'Maxime Renard', 'M', maxime, maximeToken, ago(2)),
    bouncedAt: ago(2 - 1 / 60),
  });

  // Hugo Vidal signed up 25 hours ago and never opened the 24-hour validation link.
  const hugo = person('hugo.vidal@cabinet-vidal.fr');
  const hugoToken = await issueToken(transaction, hugo, 'email-validation', ago(25), ago(1));
  messages.push({
    kind: 'email',
    to: 'hugo.vidal@cabinet-vidal.fr',
    subject: 'Validez votre adresse courriel',
    body: [
      'Bonjour M. Hugo Vidal,',
      'Vous avez demandé l’inscription de « Cabinet Vidal » (SIRET 973 000 029 00015) sur le Portail Tiers, en tant que tiers mandaté.',
      'Pour poursuivre, validez votre adresse courriel avec le lien ci-dessous. Ce lien est valable 24 heures et ne peut servir qu’une fois ; vous pourrez ensuite créer votre mot de passe.',
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce courriel : aucun compte ne sera ouvert.',
      'L’équipe du Portail Tiers',
    ].join('\n\n'),
    links: [
      { label: 'Valider mon adresse courriel', href: `/inscription/validation?token=${encodeURIComponent(hugoToken)}` },
    ],
    related: { type: 'person', id: hugo },
    at: ago(25),
  });

  // A pending client whose letter (the security code) never arrived: « supprimez puis ajoutez de nouveau ».
  const portfolioId = seeded.portfolioBySiret.get('97300001100013');
  const entry = generatedEntry(MOREL.lostLetter);
  const [attachment]: { id: string }[] = await transaction
    .query(
      `UPDATE attachment SET security_code_hash = $3, created_at = $4, added_by = $5
       FROM contributor WHERE contributor.id = attachment.contributor_id AND attachment.portfolio_id = $1 AND contributor.ti_number = $2
     RETURNING attachment.id`,
      [portfolioId, entry.tiNumber, prepared['codeHash'], ago(24 * 6), person('antoine.morel@cabinet-morel.fr')],
    )
    .then(([rows]: [{ id: string }[]]) => rows);
  const fullName = `${entry.firstName} ${entry.lastName.toUpperCase()}`;
  const salutation = entry.civility === 'Mme' ? 'Madame' : 'Monsieur';
  messages.push({
    kind: 'email',
    to: entry.email,
    subject: 'Cabinet Morel Audit demande le rattachement de votre compte',
    body: [
      `${salutation} ${entry.lastName},`,
      `Le tiers déclarant Cabinet Morel Audit vient d’ajouter votre compte de travailleur indépendant (n° ${entry.tiNumber}) à son portefeuille clients sur le portail.`,
      'Pour finaliser ce rattachement, il lui faut les réponses à vos deux questions secrètes, ou le code de sécurité du courrier qui vous est adressé par voie postale. Il n’y a pas de délai : transmettez-les-lui si vous lui avez confié votre mandat.',
      'Cordialement,\nVotre Urssaf',
    ].join('\n\n'),
    related: { type: 'attachment', id: attachment.id },
    at: ago(24 * 6),
  });
  messages.push({
    kind: 'letter',
    to: fullName,
    postalAddress: [`${salutation} ${fullName}`, entry.addressLine, `${entry.postalCode} ${entry.city}`],
    subject: 'Votre code de sécurité pour le rattachement à votre tiers déclarant',
    body: [
      `${salutation},`,
      `Le tiers déclarant Cabinet Morel Audit a demandé le rattachement de votre compte de travailleur indépendant (n° ${entry.tiNumber}) à son portefeuille clients.`,
      `Votre code de sécurité : ${formatSecurityCode(prepared['code'])}`,
      'Ce code ne peut servir qu’une fois ; un nouveau courrier annule le précédent.',
      'Votre Urssaf',
    ].join('\n\n'),
    related: { type: 'attachment', id: attachment.id },
    at: ago(24 * 6),
    lostAt: ago(24 * 3),
  });
  await writeMessages(transaction, messages);
}

/** A one-time token as OneTimeTokens issues it (only its SHA-256 is stored), dated in the past. */
async function issueToken(
  transaction: EntityManager,
  personId: string,
  purpose: 'activation' | 'email-validation',
  createdAt: Date,
  expiresAt: Date,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await transaction.query(
    `INSERT INTO one_time_token (purpose, token_hash, person_id, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)`,
    [purpose, sha256(token), personId, expiresAt, createdAt],
  );
  return token;
}

function activationMessage(
  to: string,
  name: string,
  civility: 'M' | 'Mme',
  personId: string,
  token: string,
  at: Date,
): StagedMessage {
  return {
    kind: 'email',
    to,
    subject: 'Activez votre compte sur le Portail Tiers (Cabinet Morel Audit)',
    body: [
      `Bonjour ${civility === 'M' ? 'M.' : 'Mme'} ${name},`,
      'Antoine Morel vous a ouvert un accès collaborateur à l’espace « Cabinet Morel Audit » du Portail Tiers.',
      `Pour activer votre compte, suivez le lien ci-dessous et choisissez votre mot de passe : exactement 8 caractères, avec au moins 1 chiffre et 1 lettre, sans caractères spéciaux. Ce lien est valable ${ACTIVATION_LIFETIME_HOURS} heures et ne peut servir qu’une fois ; passé ce délai, demandez à l’administrateur de votre espace de vous envoyer un nouveau lien.`,
      'L’équipe du Portail Tiers',
    ].join('\n\n'),
    links: [{ label: 'Activer mon compte', href: `/activation?jeton=${encodeURIComponent(token)}` }],
    related: { type: 'person', id: personId },
    at,
  };
}

async function writeMessages(transaction: EntityManager, messages: StagedMessage[]): Promise<void> {
  await transaction.query(
    `INSERT INTO outbound_message (kind, recipient, postal_address, subject, body, links, related_entity_type, related_entity_id,
                                   created_at, bounced_at, lost_at)
     SELECT kind::outbound_message_kind, recipient, CASE WHEN postal_address = '' THEN NULL ELSE string_to_array(postal_address, E'\\n') END,
            subject, body, links, related_type, related_id, created_at, bounced_at, lost_at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::text[], $8::text[],
                   $9::timestamptz[], $10::timestamptz[], $11::timestamptz[])
            AS staged(kind, recipient, postal_address, subject, body, links, related_type, related_id, created_at, bounced_at, lost_at)`,
    [
      messages.map((message) => message.kind),
      messages.map((message) => message.to),
      messages.map((message) => (message.postalAddress ?? []).join('\n')),
      messages.map((message) => message.subject),
      messages.map((message) => message.body),
      messages.map((message) => JSON.stringify(message.links ?? [])),
      messages.map((message) => message.related.type),
      messages.map((message) => message.related.id),
      messages.map((message) => message.at),
      messages.map((message) => message.bouncedAt ?? null),
      messages.map((message) => message.lostAt ?? null),
    ],
  );
}
