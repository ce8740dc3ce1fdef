import { PARIS_TIME_ZONE } from '@portail/domain';
import type { EntityManager } from 'typeorm';

const PARIS_YEAR = new Intl.DateTimeFormat('fr-FR', { year: 'numeric', timeZone: PARIS_TIME_ZONE });

/**
 * « REC-2027-000042 »: the prefix, the year of the sandbox clock in Paris, and a number from a
 * sequence (never reused, even by a transaction that rolls back or across sandbox resets).
 */
export async function nextReference(
  transaction: EntityManager,
  kind: 'complaint' | 'mediation',
  now: Date,
): Promise<string> {
  const sequence = kind === 'complaint' ? 'complaint_reference_seq' : 'mediation_reference_seq';
  const [{ value }]: { value: string }[] = await transaction.query(`SELECT nextval('${sequence}') AS value`);
  return `${kind === 'complaint' ? 'REC' : 'MED'}-${PARIS_YEAR.format(now)}-${value.padStart(6, '0')}`;
}
