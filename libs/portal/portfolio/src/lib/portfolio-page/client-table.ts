import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { PortfolioClient } from '@portail/domain';
import { AttachmentStatusBadge } from '../attachment-status/attachment-status';
import { clientIdentifierOf, cotisationsUrlOf, finaliseUrlOf, formatDate } from '../portfolio-client';

/** One page of the portfolio, with what can be done for each client according to its status. */
@Component({
  selector: 'pt-client-table',
  imports: [
    MatTable,
    MatColumnDef,
    MatHeaderCellDef,
    MatHeaderCell,
    MatCellDef,
    MatCell,
    MatHeaderRowDef,
    MatHeaderRow,
    MatRowDef,
    MatRow,
    MatButton,
    RouterLink,
    AttachmentStatusBadge,
  ],
  templateUrl: './client-table.html',
  styleUrl: './client-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientTable {
  readonly clients = input.required<readonly PortfolioClient[]>();
  /** The caption: which clients these are (« Clients 26 à 50 sur 120 »). */
  readonly caption = input.required<string>();
  /** « Gestion du portefeuille »: finalise and delete. */
  readonly mayManage = input(true);
  /** Any right that opens « Mes cotisations ». */
  readonly mayOpenCotisations = input(true);
  readonly deleteRequested = output<PortfolioClient>();

  protected readonly columns = ['name', 'identifier', 'status', 'addedAt', 'actions'];
  protected readonly identifierOf = clientIdentifierOf;
  protected readonly finaliseUrlOf = finaliseUrlOf;
  protected readonly cotisationsUrlOf = cotisationsUrlOf;
  protected readonly formatDate = formatDate;

  /** The id of the client's name, which describes the row's links and buttons. */
  protected nameIdOf(client: PortfolioClient): string {
    return `client-${client.id}`;
  }
}
