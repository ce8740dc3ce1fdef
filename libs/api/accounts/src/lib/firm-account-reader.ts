import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@portail/api-core';
import { type AccountStatus, type Civility, FIRM_RIGHTS, type FirmAccount, type FirmRight, type FirmRole } from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';

export const ACCOUNT_NOT_FOUND = 'Ce compte n’existe pas dans votre espace.';

/**
 * « Adresse injoignable »: the newest e-mail to this address bounced (a sandbox fault). One
 * probe of the outbox's (lower(recipient), created_at DESC) index per account.
 */
export const emailUnreachable = (emailColumn: string) => `coalesce((
    SELECT outbound_message.bounced_at IS NOT NULL FROM outbound_message
     WHERE outbound_message.kind = 'email' AND lower(outbound_message.recipient) = lower(${emailColumn})
     ORDER BY outbound_message.created_at DESC LIMIT 1), false)`;

interface AccountRow {
  person_id: string;
  civility: Civility | null;
  first_name: string;
  last_name: string;
  email: string;
  role: FirmRole;
  rights: FirmRight[];
  status: 'invite' | 'actif' | 'desactive';
  is_primary: boolean;
  clients: number;
  created_at: Date;
  activation_expires_at: Date | null;
  deactivated_at: Date | null;
  email_unreachable: boolean;
}

/**
 * The accounts of a space as « Gérer les comptes » shows them, in one statement. The size of an
 * administrator's portfolio comes from the counters the database keeps (no count of 100,000 rows);
 * a collaborator's sub-portfolio is counted within the portfolio they work in.
 */
const ACCOUNTS = `
  SELECT person.id AS person_id, person.civility, person.first_name, person.last_name, person.email,
         space_member.role, space_member.rights, space_member.status, space_member.is_primary,
         space_member.created_at, space_member.deactivated_at, link.expires_at AS activation_expires_at,
         ${emailUnreachable('person.email')} AS email_unreachable,
         CASE WHEN space_member.role = 'administrateur'
           THEN (SELECT coalesce(sum(portfolio_count.clients), 0) FROM portfolio
                   JOIN portfolio_count ON portfolio_count.portfolio_id = portfolio.id
                  WHERE portfolio.space_id = space_member.space_id AND portfolio.owner_person_id = space_member.person_id)
           ELSE (SELECT count(*) FROM client_assignment
                   JOIN attachment ON attachment.id = client_assignment.attachment_id
                  WHERE client_assignment.person_id = space_member.person_id AND attachment.portfolio_id = space_member.portfolio_id)
         END::int AS clients
    FROM space_member
    JOIN person ON person.id = space_member.person_id
    LEFT JOIN LATERAL (
      SELECT one_time_token.expires_at FROM one_time_token
       WHERE one_time_token.person_id = space_member.person_id AND one_time_token.purpose = 'activation'
         AND one_time_token.used_at IS NULL AND one_time_token.cancelled_at IS NULL
       ORDER BY one_time_token.created_at DESC LIMIT 1
    ) link ON space_member.status = 'invite'
   WHERE space_member.space_id = $1`;

const ORDER = `ORDER BY space_member.role = 'administrateur' DESC, space_member.is_primary DESC,
                        lower(person.last_name), lower(person.first_name), person.id`;

@Injectable()
export class FirmAccountReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Every account of the space, administrators first. */
  async all(spaceId: string): Promise<FirmAccount[]> {
    const rows: AccountRow[] = await this.dataSource.query(`${ACCOUNTS} ${ORDER}`, [spaceId]);
    const now = await this.clock.now();
    return rows.map((row) => toFirmAccount(row, now));
  }

  /** One member of the space; 404 for anyone else (another firm's account does not exist here). */
  async one(spaceId: string, personId: string, manager: EntityManager = this.dataSource.manager): Promise<FirmAccount> {
    const [row]: AccountRow[] = await manager.query(`${ACCOUNTS} AND space_member.person_id = $2`, [spaceId, personId]);
    if (!row) throw new NotFoundException(ACCOUNT_NOT_FOUND);
    return toFirmAccount(row, await this.clock.now(manager));
  }
}

function toFirmAccount(row: AccountRow, now: Date): FirmAccount {
  return {
    personId: row.person_id,
    civility: row.civility,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    role: row.role,
    // In the order of the form, whatever order they were given in.
    rights: row.role === 'administrateur' ? [...FIRM_RIGHTS] : FIRM_RIGHTS.filter((right) => row.rights.includes(right)),
    status: statusOf(row, now),
    isPrimary: row.is_primary,
    clients: row.clients,
    createdAt: new Date(row.created_at).toISOString(),
    activationExpiresAt: row.status === 'invite' && row.activation_expires_at ? new Date(row.activation_expires_at).toISOString() : null,
    deactivatedAt: row.deactivated_at ? new Date(row.deactivated_at).toISOString() : null,
    emailUnreachable: row.email_unreachable,
  };
}

/** Invited, and the last link no longer works on the sandbox clock: « Expiré ». */
function statusOf(row: AccountRow, now: Date): AccountStatus {
  if (row.status !== 'invite') return row.status;
  const expiresAt = row.activation_expires_at ? new Date(row.activation_expires_at) : null;
  return expiresAt && expiresAt > now ? 'invite' : 'expire';
}
