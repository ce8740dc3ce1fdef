import { Subject, throwError } from 'rxjs';
import { RequestState } from './request-state';

describe('RequestState', () => {
  it('is pending for the time of the request, and clears the previous failure', async () => {
    const state = new RequestState();
    state.failure.set('Le service est indisponible.');
    const response = new Subject<string>();

    const outcome = state.run(response);
    expect(state.pending()).toBe(true);
    expect(state.failure()).toBeNull();

    response.next('ok');
    expect(await outcome).toEqual({ ok: true, value: 'ok' });
    expect(state.pending()).toBe(false);
  });

  it('returns the error, leaving the failure to the page', async () => {
    const state = new RequestState();
    const error = new Error('refused');

    expect(await state.run(throwError(() => error))).toEqual({ ok: false, error });
    expect(state.pending()).toBe(false);
    expect(state.failure()).toBeNull();
  });
});
