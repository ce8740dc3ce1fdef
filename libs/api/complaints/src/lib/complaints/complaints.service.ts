import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock } from '@portail/api-core';
import { Outbox } from '@portail/api-outbox';
import type { BackofficeComplaint, Complaint, ComplaintRequest } from '@portail/domain/complaints';
import { DataSource, type EntityManager } from 'typeorm';
import { nextReference } from '../references';
import type { Requester } from '../requester';
import { complaintAnsweredEmail, type ComplaintFacts, complaintReceivedEmail } from './complaint-emails';
import { type ComplaintRow, SELECT_COMPLAINTS, toBackofficeComplaint, toComplaint } from './complaint-rows';

// A space files a handful of réclamations; the Conseiller's queue shows the newest.
const SPACE_LIST_LIMIT = 500;
const QUEUE_LIMIT = 200;

export const UNKNOWN_COMPLAINT = 'Cette réclamation n’existe pas.';

/** « Je dépose une réclamation », and the organism's answer given by the Conseiller. */
@Injectable()
export class ComplaintsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  async list(spaceId: string): Promise<Complaint[]> {
    const rows: ComplaintRow[] = await this.dataSource.query(
      `${SELECT_COMPLAINTS} WHERE complaint.space_id = $1 ORDER BY complaint.received_at DESC, complaint.reference DESC LIMIT ${SPACE_LIST_LIMIT}`,
      [spaceId],
    );
    return rows.map(toComplaint);
  }

  /** Another space's réclamation is as unknown as one that does not exist. */
  async one(spaceId: string, complaintId: string): Promise<Complaint> {
    return toComplaint(await this.row(this.dataSource.manager, complaintId, spaceId));
  }

  /** Written with its « accusé de réception » e-mail, in one transaction. */
  file(requester: Requester, request: ComplaintRequest): Promise<Complaint> {
    return this.dataSource.transaction(async (transaction) => {
      const now = await this.clock.now(transaction);
      const reference = await nextReference(transaction, 'complaint', now);
      const [{ id }]: { id: string }[] = await transaction.query(
        `INSERT INTO complaint (reference, space_id, filed_by_person_id, topic, subject, body, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [reference, requester.spaceId, requester.personId, request.topic, request.subject, request.body, now],
      );
      const row = await this.row(transaction, id);
      await this.audit.record(transaction, {
        kind: 'complaint.filed',
        actorPersonId: requester.personId,
        subject: { type: 'complaint', id },
        details: { topic: request.topic },
      });
      const facts = factsOf(row);
      if (facts) await this.outbox.sendEmail(transaction, complaintReceivedEmail(facts));
      return toComplaint(row);
    });
  }

  async queue(): Promise<BackofficeComplaint[]> {
    const rows: ComplaintRow[] = await this.dataSource.query(
      `${SELECT_COMPLAINTS} ORDER BY (complaint.answered_at IS NOT NULL), complaint.received_at DESC, complaint.reference DESC LIMIT ${QUEUE_LIMIT}`,
    );
    return rows.map(toBackofficeComplaint);
  }

  /** Once: two Conseillers answering together get 200 and 409, and the filer one e-mail. */
  answer(complaintId: string, body: string, conseillerId: string): Promise<BackofficeComplaint> {
    return this.dataSource.transaction(async (transaction) => {
      const now = await this.clock.now(transaction);
      const [, updated]: [unknown, number] = await transaction.query(
        `UPDATE complaint SET answer = $2, answered_at = $3, answered_by_person_id = $4 WHERE id = $1 AND answered_at IS NULL`,
        [complaintId, body, now, conseillerId],
      );
      const row = await this.row(transaction, complaintId);
      if (updated === 0) throw new ConflictException('Cette réclamation a déjà reçu une réponse.');
      await this.audit.record(transaction, { kind: 'complaint.answered', actorPersonId: conseillerId, subject: { type: 'complaint', id: complaintId } });
      const facts = factsOf(row);
      if (facts) await this.outbox.sendEmail(transaction, complaintAnsweredEmail(facts, body));
      return toBackofficeComplaint(row);
    });
  }

  /** The réclamation, of `spaceId` when given; 404 otherwise. */
  async row(manager: EntityManager, complaintId: string, spaceId?: string): Promise<ComplaintRow> {
    const [row]: ComplaintRow[] = await manager.query(
      `${SELECT_COMPLAINTS} WHERE complaint.id = $1 AND ($2::uuid IS NULL OR complaint.space_id = $2)`,
      [complaintId, spaceId ?? null],
    );
    if (!row) throw new NotFoundException(UNKNOWN_COMPLAINT);
    return row;
  }
}

/** The filer's e-mail facts; none when the filer's person no longer exists. */
export function factsOf(row: ComplaintRow): ComplaintFacts | null {
  if (!row.filed_by_person_id || !row.email || row.first_name === null || row.last_name === null) return null;
  return {
    id: row.id,
    reference: row.reference,
    topic: row.topic,
    subject: row.subject,
    receivedAt: new Date(row.received_at),
    filer: { id: row.filed_by_person_id, email: row.email, firstName: row.first_name, lastName: row.last_name },
  };
}
