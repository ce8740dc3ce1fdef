import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocomplete,
  MatAutocompleteTrigger,
  type MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { AUDIT_KIND_LABELS, type AuditQuery, type PortfolioClient } from '@portail/domain';
import { formFieldDefaults } from '@portail/portal-forms';
import { PageHeading } from '@portail/portal-ui';
import { catchError, map, of, switchMap } from 'rxjs';
import { accountListResource } from '../account-list';
import { AccountsApi, auditCsvUrlOf } from '../accounts-api';
import { ACCOUNTS_URL, fullNameOf } from '../accounts-links';
import { type AuditClient, AuditTable } from '../audit-table/audit-table';
import { KeysetList } from '../keyset-list';
import { KeysetResults } from '../keyset-results/keyset-results';
import { searchTyped } from '../search-typed';

/** Entries read per « Suivants ». */
const PAGE_SIZE = 50;
/** Suggestions of the client field. */
const CLIENT_SUGGESTIONS = 8;

/** The audit trail's filter is the contributor's id, which the portfolio's list gives with each client. */
type ClientSuggestion = PortfolioClient;

/**
 * « Historique » of the space (administrators): who did what, newest first, narrowed by person,
 * action or client, and exported as CSV with the same filters.
 */
@Component({
  selector: 'pt-history-page',
  imports: [
    ReactiveFormsModule,
    PageHeading,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    RouterLink,
    AuditTable,
    KeysetResults,
  ],
  templateUrl: './history-page.html',
  styleUrls: ['../accounts-layout.scss', './history-page.scss'],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryPage {
  /** `?personne=<personId>`: from an account's page, that person's actions. */
  readonly personne = input<string>();

  private readonly api = inject(AccountsApi);
  private readonly results = viewChild.required<ElementRef<HTMLElement>>('results');

  protected readonly accountsUrl = ACCOUNTS_URL;
  protected readonly fullNameOf = fullNameOf;
  protected readonly kinds = Object.entries(AUDIT_KIND_LABELS).map(([value, label]) => ({ value, label }));
  /** For the person filter only: a refusal shows with the list's own. */
  protected readonly accounts = accountListResource().list;

  protected readonly person = linkedSignal(() => this.personne() ?? '');
  protected readonly kind = signal('');
  protected readonly client = signal<AuditClient | null>(null);
  protected readonly query = computed<AuditQuery>(() => ({
    person: this.person() || undefined,
    kind: this.kind() || undefined,
    client: this.client()?.contributorId,
  }));
  protected readonly csvUrl = computed(() => auditCsvUrlOf(this.query()));
  protected readonly entries = new KeysetList(this.query, (query, after) =>
    this.api.getAudit({ ...query, after, limit: PAGE_SIZE }),
  );
  /** Read by screen readers once a page arrives. */
  protected readonly announcement = computed(() => {
    if (this.entries.loading() || !this.entries.loaded()) {
      return '';
    }
    const count = this.entries.items().length;
    if (count === 0) {
      return 'Aucune action ne correspond à ces filtres.';
    }
    return `${count} action${count > 1 ? 's' : ''} affichée${count > 1 ? 's' : ''}${this.entries.hasMore() ? ', les plus récentes' : ''}.`;
  });

  protected readonly clientSearch = new FormControl('', { nonNullable: true });
  protected readonly clientSuggestions = toSignal(
    searchTyped(this.clientSearch).pipe(
      switchMap((search) =>
        search
          ? this.api.searchPortfolio(search, CLIENT_SUGGESTIONS).pipe(
              map((page): ClientSuggestion[] => page.items),
              // Suggestions only: the field stays usable if the portfolio cannot be read.
              catchError(() => of<ClientSuggestion[]>([])),
            )
          : of<ClientSuggestion[]>([]),
      ),
    ),
    { initialValue: [] },
  );

  protected chooseSuggestion(event: MatAutocompleteSelectedEvent): void {
    const suggestion = event.option.value as ClientSuggestion;
    this.client.set({ contributorId: suggestion.contributorId, name: suggestion.name });
    this.clientSearch.setValue('');
  }

  /** A client's name in the list: that client's history. */
  protected filterByClient(client: AuditClient): void {
    this.client.set(client);
    this.results().nativeElement.focus();
  }

  protected clearClient(): void {
    this.client.set(null);
  }
}
