import { nextReference } from '@portail/api-complaints';
import type { EntityManager } from 'typeorm';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface ServicesCast {
  spaceId: string;
  administratorId: string;
  conseillerId: string;
}

/**
 * The FAQ's other services in « Cas d'erreurs » (#7): a réclamation of the firm unanswered for 29
 * days and 23 hours — the médiateur refuses the request as premature until the trainer's « +1 h »
 * —, and a conversation whose Urssaf answer the administrator has not read yet (the header's count).
 */
export async function stageServices(transaction: EntityManager, cast: ServicesCast, now: Date): Promise<void> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const filedAt = ago(30 * DAY_MS - 60 * MINUTE_MS);
  await transaction.query(
    `INSERT INTO complaint (reference, space_id, filed_by_person_id, topic, subject, body, received_at)
     VALUES ($1, $2, $3, 'cotisations', 'Majoration de retard contestée',
             'Une majoration de retard a été appliquée à notre client alors que l’échéance a été payée à temps.', $4)`,
    [await nextReference(transaction, 'complaint', filedAt), cast.spaceId, cast.administratorId, filedAt],
  );

  const askedAt = ago(2 * DAY_MS);
  const answeredAt = ago(DAY_MS);
  const [{ id: threadId }]: { id: string }[] = await transaction.query(
    `INSERT INTO message_thread (space_id, subject, created_by_person_id, created_at, last_message_at, last_message_side)
     VALUES ($1, 'Attestation de vigilance d’un client', $2, $3, $4, 'urssaf') RETURNING id`,
    [cast.spaceId, cast.administratorId, askedAt, answeredAt],
  );
  await transaction.query(
    `INSERT INTO message (thread_id, side, author_person_id, body, sent_at) VALUES
       ($1, 'espace', $2, 'Bonjour, pouvez-vous nous indiquer comment obtenir l’attestation de vigilance d’un client rattaché ?', $3),
       ($1, 'urssaf', $4, 'Bonjour, l’attestation se télécharge depuis le module « Mes cotisations » du client. Cordialement.', $5)`,
    [threadId, cast.administratorId, askedAt, cast.conseillerId, answeredAt],
  );
  // He read his own question, not the answer: one unread message.
  await transaction.query(`INSERT INTO message_read (thread_id, person_id, read_at) VALUES ($1, $2, $3)`, [
    threadId,
    cast.administratorId,
    askedAt,
  ]);
}
