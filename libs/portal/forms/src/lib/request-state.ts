import { signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';

export type RequestOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * The `pending` / `failure` pair every form of these pages kept by hand around its one API call.
 * `run` only raises `pending` and clears `failure` for the time of the request: what an error
 * means (a sentence, a field's error, a 410 refusal) stays with the page, from the returned error.
 */
export class RequestState {
  readonly pending = signal(false);
  readonly failure = signal<string | null>(null);

  async run<T>(request: Observable<T>): Promise<RequestOutcome<T>> {
    this.pending.set(true);
    this.failure.set(null);
    try {
      return { ok: true, value: await firstValueFrom(request) };
    } catch (error) {
      return { ok: false, error };
    } finally {
      this.pending.set(false);
    }
  }
}
