import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BackofficeMediation, BackofficeMediationSummary, Mediation, MediationSummary } from '@portail/domain/complaints';
import { DataSource, type EntityManager } from 'typeorm';
import { toComplaint } from '../complaints/complaint-rows';
import { ComplaintsService } from '../complaints/complaints.service';
import { FINAL_LAST, type MediationRow, requesterNames, SELECT_MEDIATIONS, type StepRow, toMediation, toSummary } from './mediation-rows';

const SPACE_LIST_LIMIT = 500;
const QUEUE_LIMIT = 200;

export const UNKNOWN_MEDIATION = 'Cette demande de médiation n’existe pas.';

/** Mediations as their space and as the médiateur read them. */
@Injectable()
export class MediationReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly complaints: ComplaintsService,
  ) {}

  async list(spaceId: string): Promise<MediationSummary[]> {
    const rows: MediationRow[] = await this.dataSource.query(
      `${SELECT_MEDIATIONS} WHERE mediation.space_id = $1 ORDER BY mediation.filed_at DESC, mediation.reference DESC LIMIT ${SPACE_LIST_LIMIT}`,
      [spaceId],
    );
    return rows.map(toSummary);
  }

  /** With its history. Another space's mediation is as unknown as one that does not exist. */
  async one(manager: EntityManager, mediationId: string, spaceId?: string): Promise<Mediation> {
    const row = await this.row(manager, mediationId, spaceId);
    return toMediation(row, await this.steps(manager, mediationId));
  }

  async queue(): Promise<BackofficeMediationSummary[]> {
    const rows: MediationRow[] = await this.dataSource.query(
      `${SELECT_MEDIATIONS} ORDER BY ${FINAL_LAST}, mediation.filed_at DESC, mediation.reference DESC LIMIT ${QUEUE_LIMIT}`,
    );
    return rows.map((row) => ({ ...toSummary(row), ...requesterNames(row) }));
  }

  /** The médiateur's view: the request, its history, and the réclamation it relies on. */
  async detail(manager: EntityManager, mediationId: string): Promise<BackofficeMediation> {
    const row = await this.row(manager, mediationId);
    const complaint = await this.complaints.row(manager, row.complaint_id);
    return { ...toMediation(row, await this.steps(manager, mediationId)), ...requesterNames(row), complaintDetail: toComplaint(complaint) };
  }

  async row(manager: EntityManager, mediationId: string, spaceId?: string): Promise<MediationRow> {
    const [row]: MediationRow[] = await manager.query(
      `${SELECT_MEDIATIONS} WHERE mediation.id = $1 AND ($2::uuid IS NULL OR mediation.space_id = $2)`,
      [mediationId, spaceId ?? null],
    );
    if (!row) throw new NotFoundException(UNKNOWN_MEDIATION);
    return row;
  }

  private steps(manager: EntityManager, mediationId: string): Promise<StepRow[]> {
    return manager.query(`SELECT status, at, text FROM mediation_step WHERE mediation_id = $1 ORDER BY id`, [mediationId]);
  }
}
