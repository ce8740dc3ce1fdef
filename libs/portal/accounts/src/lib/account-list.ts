import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { describeApiError } from '@portail/portal-forms';
import { AccountsApi } from './accounts-api';

/**
 * The accounts of the space (GET /api/firm/accounts) and, when the API refuses them (403 to a
 * collaborator), its sentence. Read again whenever `params` changes. Call in an injection context.
 */
export function accountListResource(params: () => unknown = () => true) {
  const api = inject(AccountsApi);
  const list = rxResource({ params, stream: () => api.getAccounts() });
  const failure = computed(() => {
    const error = list.error();
    return error ? describeApiError(error) : null;
  });
  return { list, failure };
}
