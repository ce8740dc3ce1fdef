import { type Signal, type WritableSignal, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { PortfolioClient, PortfolioPage } from '@portail/domain';
import { type Observable, catchError, map, of, switchMap, tap } from 'rxjs';
import { PortfolioApi } from '../portfolio-api';
import { type ListQuery, PAGE_SIZE } from './portfolio-query';
import { describeApiError } from '@portail/portal-forms';

/** A page of the list, or why it could not be read, with the query and the page number it answers. */
export type PageResult = { query: ListQuery; pageIndex: number } & (
  { ok: true; page: PortfolioPage } | { ok: false; message: string }
);

/**
 * The keyset pages of the portfolio for a query, one page at a time. The API only goes forward
 * (`after` = the `next` of the page before), so the cursors of the pages already passed are kept
 * to go back. Created in an injection context: it reads the API for the component's lifetime.
 */
export class ClientPages {
  private readonly api = inject(PortfolioApi);
  /** The `after` of each page passed; empty on the first page, and again whenever the query changes. */
  private readonly cursors: WritableSignal<readonly string[]>;
  private readonly reloads = signal(0);

  readonly loading = signal(true);
  readonly result: Signal<PageResult | null>;
  readonly clients = computed<readonly PortfolioClient[]>(() => {
    const result = this.result();
    return result?.ok ? result.page.items : [];
  });
  readonly failure = computed(() => {
    const result = this.result();
    return result && !result.ok ? result.message : null;
  });
  readonly hasPrevious = computed(() => (this.result()?.pageIndex ?? 0) > 0);
  readonly hasNext = computed(() => {
    const result = this.result();
    return result?.ok === true && result.page.next !== null;
  });

  constructor(query: Signal<ListQuery>) {
    this.cursors = linkedSignal<ListQuery, readonly string[]>({ source: query, computation: () => [] });
    this.result = toSignal(
      toObservable(computed(() => ({ query: query(), cursors: this.cursors(), reload: this.reloads() }))).pipe(
        tap(() => this.loading.set(true)),
        // A new query, or page, cancels the request still running for the previous one.
        switchMap(({ query, cursors }) => this.load(query, cursors)),
        tap(() => this.loading.set(false)),
      ),
      { initialValue: null },
    );
  }

  next(): void {
    const result = this.result();
    if (result?.ok && result.page.next) {
      const after = result.page.next;
      this.cursors.update((cursors) => [...cursors, after]);
    }
  }

  previous(): void {
    this.cursors.update((cursors) => cursors.slice(0, -1));
  }

  reload(): void {
    this.reloads.update((count) => count + 1);
  }

  /** Reads the page again once a client is deleted; its last client gone, the page before. */
  reloadAfterDeletion(): void {
    if (this.clients().length === 1 && this.cursors().length > 0) {
      this.previous();
    } else {
      this.reload();
    }
  }

  private load(query: ListQuery, cursors: readonly string[]): Observable<PageResult> {
    const answering = { query, pageIndex: cursors.length };
    return this.api
      .getClients({
        search: query.search || undefined,
        status: query.status ?? undefined,
        sort: query.sort,
        after: cursors.at(-1),
        limit: PAGE_SIZE,
      })
      .pipe(
        map((page): PageResult => ({ ...answering, ok: true, page })),
        catchError((error: unknown) => of<PageResult>({ ...answering, ok: false, message: describeApiError(error) })),
      );
  }
}
