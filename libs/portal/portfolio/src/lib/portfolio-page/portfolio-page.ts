import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { injectCurrentRights } from '@portail/portal-identity';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { AttachmentStatus, PortfolioClient, PortfolioSort } from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { debounceTime, filter, map } from 'rxjs';
import { confirmClientDeletion } from '../delete-client-dialog/delete-client-dialog';
import { PortfolioApi } from '../portfolio-api';
import { ADD_CLIENT_URL, formatCount } from '../portfolio-client';
import { ClientPages } from './client-pages';
import { ClientTable } from './client-table';
import {
  type ListQuery,
  PAGE_SIZE,
  SORT_OPTIONS,
  normaliseSearch,
  queryParamsOf,
  readQuery,
  sameQuery,
} from './portfolio-query';
import { formFieldDefaults } from '@portail/portal-forms';

type StatusFilter = AttachmentStatus | 'tous';

/** Typing pauses this long before the search is sent: one request per pause, not per key. */
const SEARCH_DEBOUNCE_MS = 250;

/**
 * « Portefeuille clients ». A portfolio may hold 100 000 clients: only one keyset page of 25 is
 * ever loaded. Search, status and sort live in the address bar, so that a reload or « Précédent »
 * shows the same list; the counts per status come from the summary.
 */
@Component({
  selector: 'pt-portfolio-page',
  imports: [
    ReactiveFormsModule,
    PageHeading,
    Notice,
    MatButton,
    MatButtonToggleGroup,
    MatButtonToggle,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    RouterLink,
    ClientTable,
  ],
  templateUrl: './portfolio-page.html',
  styleUrls: ['../portfolio-layout.scss', './portfolio-page.scss'],
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortfolioPage {
  /** Query parameters, through component input binding. */
  readonly recherche = input<string>();
  readonly statut = input<string>();
  readonly tri = input<string>();

  private readonly api = inject(PortfolioApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly resultsRegion = viewChild.required<ElementRef<HTMLElement>>('results');

  protected readonly addClientUrl = ADD_CLIENT_URL;
  /** A collaborator sees only the actions their rights allow (the API refuses the others anyway). */
  protected readonly may = injectCurrentRights();
  protected readonly sortOptions = SORT_OPTIONS;

  protected readonly query = computed(
    () => readQuery({ recherche: this.recherche(), statut: this.statut(), tri: this.tri() }),
    { equal: sameQuery },
  );
  protected readonly statusFilter = computed<StatusFilter>(() => this.query().status ?? 'tous');
  protected readonly summary = rxResource({ stream: () => this.api.getSummary() });
  protected readonly pages = new ClientPages(this.query);

  /** Nothing in the portfolio yet (not merely nothing matching). */
  protected readonly emptyPortfolio = computed(() => {
    const result = this.pages.result();
    return result?.ok === true && result.page.items.length === 0 && !result.query.search && !result.query.status;
  });
  protected readonly noMatch = computed(() => {
    const result = this.pages.result();
    return result?.ok === true && result.page.items.length === 0 && !this.emptyPortfolio();
  });
  /** « Clients 26 à 50 sur 120 »: the total only when it is known, i.e. without a search. */
  protected readonly range = computed(() => {
    const result = this.pages.result();
    if (!result?.ok || result.page.items.length === 0) {
      return null;
    }
    const first = result.pageIndex * PAGE_SIZE + 1;
    const last = first + result.page.items.length - 1;
    const total = this.totalOf(result.query);
    const shown =
      first === last ? `Client ${formatCount(first)}` : `Clients ${formatCount(first)} à ${formatCount(last)}`;
    return total === null ? shown : `${shown} sur ${formatCount(total)}`;
  });
  /** Read by screen readers once a page arrives (the table changes silently otherwise). */
  protected readonly announcement = computed(() => {
    if (this.pages.loading()) {
      return '';
    }
    if (this.noMatch()) {
      return 'Aucun client ne correspond à votre recherche.';
    }
    return this.emptyPortfolio() ? 'Votre portefeuille ne contient aucun client.' : (this.range() ?? '');
  });

  protected readonly search = new FormControl(this.query().search, { nonNullable: true });
  /** The search last put in the address bar by typing: its echo must not overwrite the field. */
  private searchInUrl = this.query().search;

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map(normaliseSearch),
        filter((search) => search !== this.searchInUrl),
        takeUntilDestroyed(),
      )
      .subscribe((search) => {
        this.searchInUrl = search;
        // Replaced, not pushed: « Précédent » goes back to the previous filter, not the previous key.
        void this.showQuery({ ...this.query(), search }, true);
      });
    // « Précédent » / « Suivant » of the browser: the field shows the search of the address.
    effect(() => {
      const search = this.query().search;
      untracked(() => {
        if (search !== this.searchInUrl) {
          this.searchInUrl = search;
          this.search.setValue(search, { emitEvent: false });
        }
      });
    });
  }

  protected countOf(status: StatusFilter): string {
    if (!this.summary.hasValue()) {
      return '';
    }
    const summary = this.summary.value();
    return ` (${formatCount(status === 'tous' ? summary.total : summary.counts[status])})`;
  }

  protected filterByStatus(status: StatusFilter): void {
    void this.showQuery({ ...this.query(), status: status === 'tous' ? null : status }, false);
  }

  protected sortBy(sort: PortfolioSort): void {
    void this.showQuery({ ...this.query(), sort }, false);
  }

  protected showAll(): void {
    this.searchInUrl = '';
    this.search.setValue('', { emitEvent: false });
    void this.showQuery({ ...this.query(), search: '', status: null }, false);
  }

  protected async remove(client: PortfolioClient): Promise<void> {
    if (!(await confirmClientDeletion(this.dialog, client))) {
      return;
    }
    this.snackBar.open(`${client.name} a été supprimé de votre portefeuille.`, 'OK', { duration: 8000 });
    this.summary.reload();
    this.pages.reloadAfterDeletion();
    // Its row, where the focus was, is gone: the focus goes to the list.
    this.resultsRegion().nativeElement.focus();
  }

  private showQuery(query: ListQuery, replaceUrl: boolean): Promise<boolean> {
    return this.router.navigate([], { relativeTo: this.route, queryParams: queryParamsOf(query), replaceUrl });
  }

  /** Known from the summary when no search narrows the list. */
  private totalOf(query: ListQuery): number | null {
    if (query.search || !this.summary.hasValue()) {
      return null;
    }
    const { total, counts } = this.summary.value();
    return query.status ? counts[query.status] : total;
  }
}
