import type { AttachmentStatus, ContributorKind, PortfolioClient } from '@portail/domain';
import { contributorName } from './directory/directory-entry';

/** The columns a portfolio line is made of; `FROM attachment JOIN contributor`. */
export const CLIENT_COLUMNS = `attachment.id, attachment.contributor_id, contributor.kind, contributor.first_name, contributor.last_name,
  contributor.trade_name, contributor.siren, contributor.ti_number, attachment.status, attachment.created_at,
  attachment.attached_at, attachment.failed_tries`;

export interface ClientRow {
  id: string;
  contributor_id: string;
  kind: ContributorKind;
  first_name: string;
  last_name: string;
  trade_name: string | null;
  siren: string | null;
  ti_number: string;
  status: AttachmentStatus;
  created_at: Date;
  attached_at: Date | null;
  failed_tries: number;
}

export function toPortfolioClient(row: ClientRow): PortfolioClient {
  return {
    id: row.id,
    contributorId: row.contributor_id,
    kind: row.kind,
    name: contributorName({ firstName: row.first_name, lastName: row.last_name }),
    tradeName: row.trade_name,
    siren: row.siren,
    tiNumber: row.ti_number,
    status: row.status,
    addedAt: new Date(row.created_at).toISOString(),
    attachedAt: row.attached_at ? new Date(row.attached_at).toISOString() : null,
  };
}
