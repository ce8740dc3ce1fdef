import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { AuditEntry } from '@portail/domain';
import { formatDateTime } from '@portail/portal-ui';

export type AuditClient = NonNullable<AuditEntry['client']>;

/** The entries of the audit trail, newest first as the API sends them. */
@Component({
  selector: 'pt-audit-table',
  imports: [MatButton],
  template: `
    <div class="table-wrapper">
      <table class="data-table">
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Action</th>
            <th scope="col">Auteur</th>
            <th scope="col">Client</th>
            <th scope="col">Compte</th>
            <th scope="col">Détail</th>
          </tr>
        </thead>
        <tbody>
          @for (entry of entries(); track entry.id) {
            <tr>
              <td class="nowrap">
                <time [attr.datetime]="entry.at">{{ formatDateTime(entry.at) }}</time>
              </td>
              <td>{{ entry.kindLabel }}</td>
              <td>{{ entry.actor?.name ?? '—' }}</td>
              <td>
                @if (entry.client; as client) {
                  @if (clientsFilterable()) {
                    <button
                      matButton
                      type="button"
                      class="client-filter"
                      [attr.aria-label]="'Afficher l’historique de ' + client.name"
                      (click)="clientChosen.emit(client)"
                    >
                      {{ client.name }}
                    </button>
                  } @else {
                    {{ client.name }}
                  }
                } @else {
                  —
                }
              </td>
              <td>{{ entry.account?.name ?? '—' }}</td>
              <td>{{ entry.summary }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: './audit-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTable {
  readonly entries = input.required<readonly AuditEntry[]>();
  readonly caption = input.required<string>();
  /** The Historique: a client's name narrows the list to that client. */
  readonly clientsFilterable = input(false);
  readonly clientChosen = output<AuditClient>();

  protected readonly formatDateTime = formatDateTime;
}
