import { type BackofficeComplaint, COMPLAINT_ORGANISMS, type Complaint, type ComplaintTopic } from '@portail/domain/complaints';

export interface ComplaintRow {
  id: string;
  reference: string;
  space_id: string;
  topic: ComplaintTopic;
  subject: string;
  body: string;
  received_at: Date;
  answer: string | null;
  answered_at: Date | null;
  space_name: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  filed_by_person_id: string | null;
}

/** A réclamation with its space and its filer (who gets the e-mails). */
export const SELECT_COMPLAINTS = `SELECT complaint.id, complaint.reference, complaint.space_id, complaint.topic, complaint.subject,
       complaint.body, complaint.received_at, complaint.answer, complaint.answered_at, complaint.filed_by_person_id,
       space.name AS space_name, person.first_name, person.last_name, person.email
  FROM complaint
  JOIN space ON space.id = complaint.space_id
  LEFT JOIN person ON person.id = complaint.filed_by_person_id`;

export function toComplaint(row: ComplaintRow): Complaint {
  return {
    id: row.id,
    reference: row.reference,
    topic: row.topic,
    organism: COMPLAINT_ORGANISMS[row.topic],
    subject: row.subject,
    body: row.body,
    status: row.answered_at ? 'repondue' : 'recue',
    receivedAt: new Date(row.received_at).toISOString(),
    answer: row.answer !== null && row.answered_at ? { body: row.answer, answeredAt: new Date(row.answered_at).toISOString() } : null,
  };
}

export function toBackofficeComplaint(row: ComplaintRow): BackofficeComplaint {
  return { ...toComplaint(row), spaceName: row.space_name, filedBy: filerName(row) };
}

export function filerName(row: { first_name: string | null; last_name: string | null }): string | null {
  return row.first_name !== null && row.last_name !== null ? `${row.first_name} ${row.last_name}` : null;
}
