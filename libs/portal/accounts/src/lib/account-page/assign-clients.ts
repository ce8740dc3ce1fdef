import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  ATTACHMENT_STATUS_LABELS,
  type AssignClientsRequest,
  type AssignableClient,
  type AssignmentResult,
  type FirmAccount,
} from '@portail/domain';
import { RequestState, describeApiError, formFieldDefaults } from '@portail/portal-forms';
import { AccountsApi } from '../accounts-api';
import { clientCount, clientCountDone, fullNameOf } from '../accounts-links';
import { KeysetList } from '../keyset-list';
import { KeysetResults } from '../keyset-results/keyset-results';
import { ClientName } from './client-name';
import { PAGE_SIZE, clientSearchOf } from '../search-typed';

/**
 * « vous pouvez lui attribuer un portefeuille clients »: a search over the portfolio the
 * collaborator works in, clients ticked one by one, or every client the search matches at once
 * (the API assigns them in one statement: a search may match thousands).
 */
@Component({
  selector: 'pt-assign-clients',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatButton,
    MatCheckbox,
    ClientName,
    KeysetResults,
  ],
  templateUrl: './assign-clients.html',
  styleUrls: ['../accounts-layout.scss', './account-sections.scss'],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignClients {
  readonly account = input.required<FirmAccount>();
  readonly assigned = output<AssignmentResult>();

  private readonly api = inject(AccountsApi);
  private readonly assignment = new RequestState();
  private readonly clientSearch = clientSearchOf(this.account);

  protected readonly statusLabels = ATTACHMENT_STATUS_LABELS;
  protected readonly name = computed(() => fullNameOf(this.account()));
  protected readonly search = this.clientSearch.field;
  protected readonly list = new KeysetList(this.clientSearch.query, ({ personId, search }, after) =>
    this.api.getAssignable(personId, { search, after, limit: PAGE_SIZE }),
  );
  /** The attachments ticked, kept across searches until they are assigned. */
  protected readonly selection = signal<ReadonlySet<string>>(new Set());
  protected readonly pending = this.assignment.pending;
  protected readonly failure = this.assignment.failure;
  protected readonly outcome = signal<string | null>(null);

  /** After a client was taken out of the sub-portfolio beside it. */
  reload(): void {
    this.list.reload();
  }

  protected toggle(client: AssignableClient, checked: boolean): void {
    this.selection.update((selection) => {
      const next = new Set(selection);
      if (checked) {
        next.add(client.id);
      } else {
        next.delete(client.id);
      }
      return next;
    });
  }

  protected assignSelection(): Promise<void> {
    return this.assign({ clientIds: [...this.selection()] });
  }

  /** Every client the search matches; the field's text as it stands, even before the list follows. */
  protected assignMatching(): Promise<void> {
    const search = this.search.value.trim();
    return this.assign({ matching: search ? { search } : {} });
  }

  private async assign(request: AssignClientsRequest): Promise<void> {
    if (this.pending()) {
      return;
    }
    this.outcome.set(null);
    const outcome = await this.assignment.run(this.api.assignClients(this.account().personId, request));
    if (!outcome.ok) {
      this.failure.set(describeApiError(outcome.error));
      return;
    }
    this.outcome.set(this.describe(outcome.value));
    this.selection.set(new Set());
    this.list.reload();
    this.assigned.emit(outcome.value);
  }

  private describe({ assigned, clients }: AssignmentResult): string {
    const total = `Son sous-portefeuille compte désormais ${clientCount(clients)}.`;
    return assigned === 0
      ? `Aucun nouveau client : ces clients étaient déjà attribués à ${this.name()}. ${total}`
      : `${clientCountDone(assigned, 'attribué')} à ${this.name()}. ${total}`;
  }
}
