import { BadRequestException, Body, ConflictException, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiTags } from '@nestjs/swagger';
import { AuditTrail, type AuthenticatedSession, BackofficeOnly, Clock, CurrentSession } from '@portail/api-core';
import { Outbox } from '@portail/api-outbox';
import { contributorName } from '@portail/api-portfolio';
import { CONTRIBUTION_REQUEST_LABELS, CONTRIBUTION_REQUEST_STATUS_LABELS, type PendingContributionRequest } from '@portail/domain';
import { DataSource } from 'typeorm';
import { ContributionDecisionDto } from './cotisations.dto';
import { type ContributionRequestRow, toContributionRequest } from './overview-reader';

const requestId = new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException("L'identifiant de la demande n'est pas valide (paramètre « id »).") });

interface RequestRow extends ContributionRequestRow {
  first_name: string;
  last_name: string;
  ti_number: string;
  filed_by_label: string;
  filer_email: string | null;
}

const SELECT_REQUESTS = `SELECT contribution_request.*, contributor.first_name, contributor.last_name, contributor.ti_number, person.email AS filer_email
  FROM contribution_request JOIN contributor ON contributor.id = contribution_request.contributor_id
  LEFT JOIN person ON person.id = contribution_request.filed_by_person_id`;

/** The Conseiller Urssaf accepts or refuses the requests for a payment delay or a recalculation. */
@ApiTags('Back-office')
@BackofficeOnly('conseiller')
@Controller('backoffice/contribution-requests')
export class ContributionRequestsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
  ) {}

  @Get()
  async list(): Promise<PendingContributionRequest[]> {
    const rows: RequestRow[] = await this.dataSource.query(
      `${SELECT_REQUESTS} ORDER BY contribution_request.status <> 'en-cours', contribution_request.created_at LIMIT 200`,
    );
    return rows.map(toPending);
  }

  @Post(':id/decision')
  @HttpCode(200)
  decide(@Param('id', requestId) id: string, @Body() body: ContributionDecisionDto, @CurrentSession() session: AuthenticatedSession): Promise<PendingContributionRequest> {
    return this.dataSource.transaction(async (transaction) => {
      const now = await this.clock.now(transaction);
      const [, updated]: [unknown, number] = await transaction.query(
        `UPDATE contribution_request SET status = $2, decided_at = $3, decided_by = $4, decision_comment = $5 WHERE id = $1 AND status = 'en-cours'`,
        [id, body.decision, now, session.personId, body.comment.trim()],
      );
      const [row]: RequestRow[] = await transaction.query(`${SELECT_REQUESTS} WHERE contribution_request.id = $1`, [id]);
      if (!row) throw new NotFoundException('Cette demande n’existe pas.');
      if (updated === 0) throw new ConflictException('Cette demande a déjà été traitée.');
      const label = `${CONTRIBUTION_REQUEST_LABELS[row.kind]} ${CONTRIBUTION_REQUEST_STATUS_LABELS[body.decision].toLowerCase()} par l’Urssaf : ${body.comment.trim()}`;
      await transaction.query(
        `INSERT INTO contribution_event (contributor_id, at, label, amount_cents, actor_person_id, actor_label)
         SELECT contributor_id, $2, $3, NULL, $4, 'Urssaf' FROM contribution_request WHERE id = $1`,
        [id, now, label, session.personId],
      );
      if (row.filer_email) {
        await this.outbox.sendEmail(transaction, {
          to: row.filer_email,
          subject: `${CONTRIBUTION_REQUEST_LABELS[row.kind]} : ${CONTRIBUTION_REQUEST_STATUS_LABELS[body.decision].toLowerCase()}`,
          body: [
            'Bonjour,',
            `Votre ${CONTRIBUTION_REQUEST_LABELS[row.kind].toLowerCase()} pour le compte de ${contributorName({ firstName: row.first_name, lastName: row.last_name })} (n° ${row.ti_number}) a été ${CONTRIBUTION_REQUEST_STATUS_LABELS[body.decision].toLowerCase()} par votre Urssaf.`,
            `Motif : ${body.comment.trim()}`,
            'Vous retrouvez cette décision dans l’historique du module « Mes cotisations ».',
            'Cordialement,\nVotre Urssaf',
          ].join('\n\n'),
          relatedTo: { type: 'contribution-request', id },
        });
      }
      await this.audit.record(transaction, { kind: 'cotisations.request-decided', actorPersonId: session.personId, subject: { type: 'contribution-request', id }, details: { decision: body.decision } });
      return toPending(row);
    });
  }
}

function toPending(row: RequestRow): PendingContributionRequest {
  return {
    ...toContributionRequest(row),
    contributorName: contributorName({ firstName: row.first_name, lastName: row.last_name }),
    tiNumber: row.ti_number,
    filedBy: row.filed_by_label,
  };
}
