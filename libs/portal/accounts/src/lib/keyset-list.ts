import { DestroyRef, type Signal, computed, effect, inject, signal, untracked } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import { describeApiError } from '@portail/portal-forms';

interface KeysetPage<T> {
  items: T[];
  next: string | null;
}

/**
 * A list read page by page with « Suivants » (the API's keyset cursors only go forward): each page
 * is appended, so that what was already read stays on screen. Whenever `query` changes (a search,
 * a filter, another person), the list starts again from the first page, and a request still
 * running for the old query is dropped. Created in an injection context.
 */
export class KeysetList<T, Q = unknown> {
  private request: Subscription | null = null;

  readonly items = signal<readonly T[]>([]);
  readonly next = signal<string | null>(null);
  readonly loading = signal(false);
  /** The first page has arrived (an empty list then means « nothing », not « not read yet »). */
  readonly loaded = signal(false);
  readonly failure = signal<string | null>(null);
  readonly hasMore = computed(() => this.next() !== null);

  constructor(
    private readonly query: Signal<Q>,
    private readonly fetch: (query: Q, after: string | undefined) => Observable<KeysetPage<T>>,
  ) {
    effect(() => {
      query();
      untracked(() => this.reload());
    });
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /** The first page again, e.g. after a change made beside the list. */
  reload(): void {
    this.read(undefined);
  }

  more(): void {
    const after = this.next();
    if (after !== null && !this.loading()) {
      this.read(after);
    }
  }

  /** Takes an item out without reading the list again (« Retirer »). */
  remove(predicate: (item: T) => boolean): void {
    this.items.update((items) => items.filter((item) => !predicate(item)));
  }

  private read(after: string | undefined): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.failure.set(null);
    this.request = this.fetch(untracked(this.query), after).subscribe({
      next: (page) => {
        this.items.update((items) => (after === undefined ? page.items : [...items, ...page.items]));
        this.next.set(page.next);
        this.loaded.set(true);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.failure.set(describeApiError(error));
        this.loading.set(false);
      },
    });
  }
}
