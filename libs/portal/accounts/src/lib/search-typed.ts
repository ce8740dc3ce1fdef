import { type Signal, computed } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import type { FirmAccount } from '@portail/domain';
import { type Observable, debounceTime, distinctUntilChanged, map } from 'rxjs';

/** The lists of clients read 25 at a time, as the portfolio does. */
export const PAGE_SIZE = 25;

/** Typing pauses this long before the search is sent: one request per pause, not per key. */
const SEARCH_DEBOUNCE_MS = 250;

/** The search of a field once typing pauses, trimmed, each different one once. */
export function searchTyped(field: FormControl<string>): Observable<string> {
  return field.valueChanges.pipe(
    debounceTime(SEARCH_DEBOUNCE_MS),
    map((text) => text.trim()),
    distinctUntilChanged(),
  );
}

export interface ClientQuery {
  personId: string;
  /** Left out when empty: every client. */
  search?: string;
}

/**
 * A search field over an account's clients (its sub-portfolio, or the clients it may be given),
 * and the query it makes. Call in an injection context.
 */
export function clientSearchOf(account: Signal<Pick<FirmAccount, 'personId'>>): {
  field: FormControl<string>;
  query: Signal<ClientQuery>;
} {
  const field = new FormControl('', { nonNullable: true });
  const search = toSignal(searchTyped(field), { initialValue: '' });
  const query = computed(() => ({ personId: account().personId, search: search() || undefined }), {
    equal: (a, b) => a.personId === b.personId && a.search === b.search,
  });
  return { field, query };
}
