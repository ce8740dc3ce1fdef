import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { SituationTable } from '@portail/domain';

/** The seed's « Quel changement ? » / « quel interlocuteur ? » table, its merged cells as row spans. */
@Component({
  selector: 'pt-situation-table',
  template: `
    <div class="table-wrapper">
      <table>
        <thead>
          <tr>
            <th scope="col">{{ table().changeHeader }}</th>
            <th scope="col">{{ table().interlocutorHeader }}</th>
          </tr>
        </thead>
        <tbody>
          @for (group of table().groups; track $index) {
            @for (change of group.changes; track change; let first = $first) {
              <tr>
                <th scope="row">{{ change }}</th>
                @if (first) {
                  <td [attr.rowspan]="group.changes.length">
                    {{ group.interlocutor }}
                    @if (group.bodies.length > 0) {
                      <ul>
                        @for (body of group.bodies; track body) {
                          <li>{{ body }}</li>
                        }
                      </ul>
                    }
                  </td>
                }
              </tr>
            }
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 1rem;
    }
    .table-wrapper {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      font-size: 0.9375rem;
    }
    th,
    td {
      padding: 0.5rem 0.75rem;
      border: 1px solid #dddddd;
      text-align: left;
      vertical-align: top;
    }
    thead th {
      border-bottom: 2px solid var(--pt-blue);
      background: #f6f6f6;
    }
    tbody th {
      font-weight: 500;
    }
    ul {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SituationTableView {
  readonly table = input.required<SituationTable>();
}
