import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock } from '@portail/api-core';
import { Outbox } from '@portail/api-outbox';
import { type BackofficeMediation, type Mediation, type MediationRequest, type MediationStatus, type MediationTransitionRequest, mediationAdmissibility, mediationConflictMessage, MEDIATOR_STEP_ORIGIN, STOPPABLE_MEDIATION_STATUSES } from '@portail/domain/complaints';
import { DataSource, type EntityManager } from 'typeorm';
import { UNKNOWN_COMPLAINT } from '../complaints/complaints.service';
import { nextReference } from '../references';
import type { Requester } from '../requester';
import { type MediationFacts, mediationStepEmail } from './mediation-emails';
import { MediationReader, UNKNOWN_MEDIATION } from './mediation-reader';
import type { MediationRow } from './mediation-rows';

interface Step {
  mediationId: string;
  to: MediationStatus;
  /** The statuses the mediation may be in for this step: `UPDATE … WHERE status = ANY(from)`. */
  from: readonly MediationStatus[];
  text: string | null;
  actorPersonId: string;
  /** The requester's own steps are limited to their space. */
  spaceId: string | null;
}

/**
 * « Je saisis le médiateur »: the request checked against the FAQ's admissibility rules, then moved
 * on step by step by the médiateur, or stopped by the requester. Every step is a row of the history
 * and an e-mail to the requester, in the transaction of the change.
 */
@Injectable()
export class MediationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly reader: MediationReader,
  ) {}

  /** 201 « reçue », or 422 with the reason and the French sentence, nothing stored. */
  file(requester: Requester, request: MediationRequest): Promise<Mediation> {
    return this.dataSource.transaction(async (transaction) => {
      const now = await this.clock.now(transaction);
      // Locked: an answer or a second request to the same réclamation waits for this one.
      const [complaint]: { id: string; received_at: Date; answered_at: Date | null }[] = request.complaintId
        ? await transaction.query(`SELECT id, received_at, answered_at FROM complaint WHERE id = $1 AND space_id = $2 FOR UPDATE`, [
            request.complaintId,
            requester.spaceId,
          ])
        : [];
      if (request.complaintId && !complaint) throw new NotFoundException(UNKNOWN_COMPLAINT);
      const verdict = mediationAdmissibility({
        complaint: complaint ? { receivedAt: complaint.received_at, answeredAt: complaint.answered_at } : null,
        answerUnsatisfactory: request.answerUnsatisfactory === true,
        litigation: request.litigation,
        control: request.control,
        now,
      });
      if (!verdict.admissible) throw new UnprocessableEntityException({ message: verdict.message, reason: verdict.reason });
      if (!complaint) throw new Error('An admissible mediation request always relies on a réclamation.');
      const complaintId = complaint.id;
      const [open]: { reference: string }[] = await transaction.query(
        `SELECT reference FROM mediation WHERE complaint_id = $1 AND status = ANY($2::text[])`,
        [complaintId, STOPPABLE_MEDIATION_STATUSES],
      );
      if (open) {
        throw new ConflictException(
          `Une demande de médiation est déjà en cours pour cette réclamation (${open.reference}) : suivez-la depuis « Je saisis le médiateur ».`,
        );
      }
      const reference = await nextReference(transaction, 'mediation', now);
      const [{ id }]: { id: string }[] = await transaction.query(
        `INSERT INTO mediation (reference, space_id, complaint_id, filed_by_person_id, domain, answer_unsatisfactory, body, status, filed_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'recue', $8, $8) RETURNING id`,
        [reference, requester.spaceId, complaintId, requester.personId, request.domain, request.answerUnsatisfactory === true, request.body, now],
      );
      await this.record(transaction, { mediationId: id, to: 'recue', from: [], text: null, actorPersonId: requester.personId, spaceId: requester.spaceId }, now);
      return this.reader.one(transaction, id);
    });
  }

  /** « Arrêter la médiation »: at any step that is not final; 409 afterwards. */
  stop(requester: Requester, mediationId: string): Promise<Mediation> {
    return this.dataSource.transaction(async (transaction) => {
      await this.move(transaction, {
        mediationId,
        to: 'arretee',
        from: STOPPABLE_MEDIATION_STATUSES,
        text: null,
        actorPersonId: requester.personId,
        spaceId: requester.spaceId,
      });
      return this.reader.one(transaction, mediationId);
    });
  }

  /** The médiateur's step: only from its one origin (409 otherwise, or when a stop came first). */
  transition(mediationId: string, request: MediationTransitionRequest, conseillerId: string): Promise<BackofficeMediation> {
    return this.dataSource.transaction(async (transaction) => {
      await this.move(transaction, {
        mediationId,
        to: request.to,
        from: [MEDIATOR_STEP_ORIGIN[request.to]],
        text: request.text ?? null,
        actorPersonId: conseillerId,
        spaceId: null,
      });
      return this.reader.detail(transaction, mediationId);
    });
  }

  /**
   * One conditional UPDATE: of a stop and a step sent together, the row lock lets the first through
   * and the second finds the status changed (409) — never both from the same status.
   */
  private async move(transaction: EntityManager, step: Step): Promise<void> {
    const now = await this.clock.now(transaction);
    const [, updated]: [unknown, number] = await transaction.query(
      `UPDATE mediation SET status = $2, updated_at = $3 WHERE id = $1 AND status = ANY($4::text[]) AND ($5::uuid IS NULL OR space_id = $5)`,
      [step.mediationId, step.to, now, step.from, step.spaceId],
    );
    if (updated === 0) {
      const [current]: { status: MediationStatus }[] = await transaction.query(
        `SELECT status FROM mediation WHERE id = $1 AND ($2::uuid IS NULL OR space_id = $2)`,
        [step.mediationId, step.spaceId],
      );
      if (!current) throw new NotFoundException(UNKNOWN_MEDIATION);
      throw new ConflictException(mediationConflictMessage(current.status));
    }
    await this.record(transaction, step, now);
  }

  /** The history row, the audit event and the requester's e-mail of a step. */
  private async record(transaction: EntityManager, step: Step, now: Date): Promise<void> {
    await transaction.query(`INSERT INTO mediation_step (mediation_id, status, at, text, actor_person_id) VALUES ($1, $2, $3, $4, $5)`, [
      step.mediationId,
      step.to,
      now,
      step.text,
      step.actorPersonId,
    ]);
    await this.audit.record(transaction, {
      kind: step.to === 'recue' ? 'mediation.filed' : step.to === 'arretee' ? 'mediation.stopped' : 'mediation.moved',
      actorPersonId: step.actorPersonId,
      subject: { type: 'mediation', id: step.mediationId },
      details: { status: step.to },
    });
    const facts = factsOf(await this.reader.row(transaction, step.mediationId));
    if (facts) await this.outbox.sendEmail(transaction, mediationStepEmail(facts, step.to, step.text, now));
  }
}

function factsOf(row: MediationRow): MediationFacts | null {
  if (!row.email || row.first_name === null || row.last_name === null) return null;
  return {
    id: row.id,
    reference: row.reference,
    complaintReference: row.complaint_reference,
    filer: { email: row.email, firstName: row.first_name, lastName: row.last_name },
  };
}
