import { COMPLAINT_ORGANISMS, type ComplaintTopic, type Mediation, type MediationDomain, type MediationStatus, type MediationStep, type MediationSummary } from '@portail/domain/complaints';
import { filerName } from '../complaints/complaint-rows';

export interface MediationRow {
  id: string;
  reference: string;
  space_id: string;
  status: MediationStatus;
  domain: MediationDomain;
  filed_at: Date;
  body: string;
  answer_unsatisfactory: boolean;
  filed_by_person_id: string | null;
  complaint_id: string;
  complaint_reference: string;
  complaint_topic: ComplaintTopic;
  complaint_subject: string;
  space_name: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
}

export interface StepRow {
  status: MediationStatus;
  at: Date;
  text: string | null;
}

export const SELECT_MEDIATIONS = `SELECT mediation.id, mediation.reference, mediation.space_id, mediation.status, mediation.domain,
       mediation.filed_at, mediation.body, mediation.answer_unsatisfactory, mediation.filed_by_person_id,
       complaint.id AS complaint_id, complaint.reference AS complaint_reference, complaint.topic AS complaint_topic,
       complaint.subject AS complaint_subject, space.name AS space_name, person.first_name, person.last_name, person.email
  FROM mediation
  JOIN complaint ON complaint.id = mediation.complaint_id
  JOIN space ON space.id = mediation.space_id
  LEFT JOIN person ON person.id = mediation.filed_by_person_id`;

/** Final steps last: the médiateur's queue starts with what he has to move on. */
export const FINAL_LAST = `(mediation.status IN ('reorientee', 'recommandation', 'arretee'))`;

export function toSummary(row: MediationRow): MediationSummary {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    domain: row.domain,
    filedAt: new Date(row.filed_at).toISOString(),
    complaint: {
      id: row.complaint_id,
      reference: row.complaint_reference,
      organism: COMPLAINT_ORGANISMS[row.complaint_topic],
      subject: row.complaint_subject,
    },
  };
}

export function toMediation(row: MediationRow, steps: StepRow[]): Mediation {
  return {
    ...toSummary(row),
    body: row.body,
    answerUnsatisfactory: row.answer_unsatisfactory,
    steps: steps.map((step): MediationStep => ({ status: step.status, at: new Date(step.at).toISOString(), text: step.text })),
  };
}

export function requesterNames(row: MediationRow): { spaceName: string; filedBy: string | null } {
  return { spaceName: row.space_name, filedBy: filerName(row) };
}
