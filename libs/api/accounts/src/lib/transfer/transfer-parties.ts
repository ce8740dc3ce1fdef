import { ConflictException, NotFoundException } from '@nestjs/common';
import { FrenchValidationException } from '@portail/api-core';
import { type AccountStatus, type AttachmentStatus, type Civility, FIRM_RIGHTS, type FirmAccount, type FirmRole } from '@portail/domain';
import type { EntityManager } from 'typeorm';
import { emailUnreachable } from '../firm-account-reader';

/** A member named in a transfer (`from`, `to`, or the administrator confirming it). */
export interface PartyRow {
  person_id: string;
  role: FirmRole;
  status: 'invite' | 'actif' | 'desactive';
  is_primary: boolean;
  email: string;
  civility: Civility | null;
  first_name: string;
  last_name: string;
  created_at: Date;
  deactivated_at: Date | null;
  /** The end of the newest activation link not used nor cancelled yet. */
  activation_expires_at: Date | null;
  email_unreachable: boolean;
}

/** The portfolios of `from` and `to` and their counters (kept by the PortfolioCounts triggers). */
export interface PortfolioOfParty {
  id: string;
  ownerPersonId: string;
  counts: Record<AttachmentStatus, number>;
  total: number;
}

const PARTY_COLUMNS = `space_member.person_id, space_member.role, space_member.status, space_member.is_primary,
          person.email, person.civility, person.first_name, person.last_name,
          space_member.created_at, space_member.deactivated_at,
          (SELECT max(one_time_token.expires_at) FROM one_time_token
            WHERE one_time_token.person_id = space_member.person_id AND one_time_token.purpose = 'activation'
              AND one_time_token.used_at IS NULL AND one_time_token.cancelled_at IS NULL) AS activation_expires_at,
          ${emailUnreachable('person.email')} AS email_unreachable`;

/**
 * The members of the space among `personIds`, in person id order. `lock`: FOR UPDATE of their
 * membership rows, taken first by every transfer in that order, so that two transfers never wait
 * for each other in opposite orders.
 */
export async function readParties(manager: EntityManager, spaceId: string, personIds: string[], lock: boolean): Promise<PartyRow[]> {
  return manager.query(
    `SELECT ${PARTY_COLUMNS}
       FROM space_member JOIN person ON person.id = space_member.person_id
      WHERE space_member.space_id = $1 AND space_member.person_id = ANY($2::uuid[])
      ORDER BY space_member.person_id${lock ? '\n        FOR UPDATE OF space_member' : ''}`,
    [spaceId, [...new Set(personIds)]],
  );
}

/**
 * The portfolios `from` and `to` own in the space. `lock`: FOR UPDATE in portfolio id order —
 * concurrent transfers queue there, and so does « Ajouter un client » (its foreign key check
 * shares the portfolio row), until the transfer commits.
 */
export async function readPortfolios(manager: EntityManager, spaceId: string, ownerIds: [string, string], lock: boolean): Promise<PortfolioOfParty[]> {
  const rows: { id: string; owner_person_id: string }[] = await manager.query(
    `SELECT id, owner_person_id FROM portfolio
      WHERE space_id = $1 AND owner_person_id IN ($2, $3)
      ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
    [spaceId, ...ownerIds],
  );
  if (rows.length === 0) return [];
  const counters: { portfolio_id: string; status: AttachmentStatus; clients: number }[] = await manager.query(
    `SELECT portfolio_id, status, clients FROM portfolio_count WHERE portfolio_id = ANY($1::uuid[])`,
    [rows.map((row) => row.id)],
  );
  return rows.map((row) => {
    const counts: Record<AttachmentStatus, number> = { 'en-attente': 0, rattache: 0, bloque: 0 };
    for (const counter of counters) if (counter.portfolio_id === row.id) counts[counter.status] = counter.clients;
    return { id: row.id, ownerPersonId: row.owner_person_id, counts, total: counts['en-attente'] + counts.rattache + counts.bloque };
  });
}

export function refuseSamePerson(request: { from: string; to: string }): void {
  if (request.from.toLowerCase() === request.to.toLowerCase()) {
    const message = 'Choisissez un autre administrateur que celui qui cède le portefeuille (champ « to »).';
    throw new FrenchValidationException([{ field: 'to', message }]);
  }
}

export const nameOf = (party: Pick<PartyRow, 'first_name' | 'last_name'>) => `${party.first_name} ${party.last_name}`;

/**
 * Both must be administrators of the space; the one who receives must have activated their
 * account (an invited administrator activates first, then receives the portfolio).
 */
export function refuseUnlessTransferable(parties: PartyRow[], request: { from: string; to: string }): { from: PartyRow; to: PartyRow } {
  const find = (personId: string) => parties.find((party) => party.person_id.toLowerCase() === personId.toLowerCase());
  const from = find(request.from);
  const to = find(request.to);
  if (!from) throw new NotFoundException({ message: 'L’administrateur qui cède le portefeuille (« from ») n’a pas de compte dans votre espace.', reason: 'unknown-account' });
  if (!to) throw new NotFoundException({ message: 'L’administrateur qui doit recevoir le portefeuille (« to ») n’a pas de compte dans votre espace.', reason: 'unknown-account' });
  if (from.role !== 'administrateur') {
    throw new ConflictException({ message: `${nameOf(from)} est collaborateur : seul le portefeuille d’un administrateur se transfère.`, reason: 'not-administrator' });
  }
  if (to.role !== 'administrateur') {
    throw new ConflictException({
      message: `${nameOf(to)} est collaborateur : un portefeuille ne se transfère qu’à un administrateur. Créez-lui un compte administrateur avec « Ajouter un compte ».`,
      reason: 'not-administrator',
    });
  }
  if (to.status === 'invite') {
    throw new ConflictException({
      message: `${nameOf(to)} n’a pas encore activé son compte administrateur : le portefeuille pourra lui être transféré dès qu’il l’aura activé avec le lien reçu par courriel.`,
      reason: 'target-not-active',
    });
  }
  if (to.status !== 'actif') {
    throw new ConflictException({ message: `Le compte de ${nameOf(to)} est désactivé : le portefeuille ne peut pas lui être transféré.`, reason: 'target-not-active' });
  }
  return { from, to };
}

export function refuseEmptySource(from: PartyRow, source: PortfolioOfParty | undefined): asserts source is PortfolioOfParty {
  if (!source || source.total === 0) {
    throw new ConflictException({ message: `Le portefeuille de ${nameOf(from)} ne contient aucun client : il n’y a rien à transférer.`, reason: 'nothing-to-transfer' });
  }
}

/** « Gérer les comptes »'s view of an administrator, for the confirmation screen. */
export function toFirmAccount(party: PartyRow, clients: number, now: Date): FirmAccount {
  const invited = party.status === 'invite';
  const linkAlive = party.activation_expires_at !== null && new Date(party.activation_expires_at) > now;
  const status: AccountStatus = invited ? (linkAlive ? 'invite' : 'expire') : party.status;
  return {
    personId: party.person_id,
    civility: party.civility,
    firstName: party.first_name,
    lastName: party.last_name,
    email: party.email,
    role: party.role,
    rights: [...FIRM_RIGHTS],
    status,
    isPrimary: party.is_primary,
    clients,
    createdAt: new Date(party.created_at).toISOString(),
    activationExpiresAt: invited && party.activation_expires_at ? new Date(party.activation_expires_at).toISOString() : null,
    deactivatedAt: party.deactivated_at ? new Date(party.deactivated_at).toISOString() : null,
    emailUnreachable: party.email_unreachable,
  };
}

