import type { EntityManager } from 'typeorm';
import type { Addressee, Applicant } from './emails';

const ADDRESSEE_COLUMNS = `person.id, person.email, person.civility, person.first_name AS "firstName", person.last_name AS "lastName"`;
const APPLICANT_FROM = `SELECT ${ADDRESSEE_COLUMNS}, space.name AS "companyName", space.siret
    FROM person
    JOIN space_member ON space_member.person_id = person.id AND space_member.is_primary
    JOIN space ON space.id = space_member.space_id AND space.kind = 'tiers'`;

/**
 * The applicant of an unfinished signup (no password yet) at this address, whatever its case,
 * locked so that two requests for a new link issue one after the other.
 */
export async function unfinishedApplicantByEmail(transaction: EntityManager, email: string): Promise<Applicant | null> {
  const rows: Applicant[] = await transaction.query(
    `${APPLICANT_FROM}
      WHERE lower(person.email) = lower($1) AND person.password_hash IS NULL
      ORDER BY space.created_at LIMIT 1
      FOR UPDATE OF person`,
    [email],
  );
  return rows[0] ?? null;
}

/** The same applicant, by the person an earlier validation e-mail was sent to (the sandbox's « Renvoyer »). */
export async function unfinishedApplicantById(transaction: EntityManager, personId: string): Promise<Applicant | null> {
  const rows: Applicant[] = await transaction.query(
    `${APPLICANT_FROM}
      WHERE person.id = $1 AND person.password_hash IS NULL
      ORDER BY space.created_at LIMIT 1
      FOR UPDATE OF person`,
    [personId],
  );
  return rows[0] ?? null;
}

/** Whoever a used token names, with the SIRET a new password must not reuse. */
export async function passwordOwnerById(transaction: EntityManager, personId: string): Promise<Addressee & { siret: string | null }> {
  const [person]: Addressee[] = await transaction.query(`SELECT ${ADDRESSEE_COLUMNS} FROM person WHERE person.id = $1`, [personId]);
  return { ...person, siret: await primarySiretOf(transaction, personId) };
}

/** A person who can log in (has a password) at this address, locked while a reset link is issued. */
export async function accountHolderByEmail(transaction: EntityManager, email: string): Promise<Addressee | null> {
  const rows: Addressee[] = await transaction.query(
    `SELECT ${ADDRESSEE_COLUMNS} FROM person
      WHERE lower(person.email) = lower($1) AND person.password_hash IS NOT NULL
      FOR UPDATE`,
    [email],
  );
  return rows[0] ?? null;
}

/** The same account holder, by the person an earlier reset e-mail was sent to (the sandbox's « Renvoyer »). */
export async function accountHolderById(transaction: EntityManager, personId: string): Promise<Addressee | null> {
  const rows: Addressee[] = await transaction.query(
    `SELECT ${ADDRESSEE_COLUMNS} FROM person WHERE person.id = $1 AND person.password_hash IS NOT NULL FOR UPDATE`,
    [personId],
  );
  return rows[0] ?? null;
}

/** The SIRET of the firm a person administers, if any: a new password must not reuse it. */
export async function primarySiretOf(transaction: EntityManager, personId: string): Promise<string | null> {
  const rows: { siret: string | null }[] = await transaction.query(
    `SELECT space.siret FROM space_member
       JOIN space ON space.id = space_member.space_id AND space.kind = 'tiers'
      WHERE space_member.person_id = $1 AND space_member.is_primary
      ORDER BY space.created_at LIMIT 1`,
    [personId],
  );
  return rows[0]?.siret ?? null;
}
