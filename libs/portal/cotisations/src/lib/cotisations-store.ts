import { Injectable, computed, inject, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type {
  CardPaymentRequest,
  ContributionRequestInput,
  CotisationsOverview,
  DeclareIncomeRequest,
  SepaMandateRequest,
  TelepaymentRequest,
} from '@portail/domain';
import { Observable, tap } from 'rxjs';
import { CotisationsApi } from './cotisations-api';
import { type CotisationsScope, cotisationsBaseUrl } from './cotisations-scope';
import { describeApiError } from '@portail/portal-forms';

/**
 * The overview shared by the sub-pages of « Mes cotisations »: read once when the module opens,
 * then replaced by the overview each action answers (no second read). Provided by the library's
 * route, so it outlives the pages: `open` says whose account is shown now.
 */
@Injectable()
export class CotisationsStore {
  private readonly api = inject(CotisationsApi);
  private readonly base = signal<string | null>(null);
  private readonly resource = rxResource({
    params: () => this.base() ?? undefined,
    // Another account's base starts from no value at all: never one client's figures under another's name.
    stream: ({ params: base }) => this.api.getOverview(base),
  });

  readonly overview = computed(() => (this.resource.hasValue() ? this.resource.value() : null));
  readonly loadError = computed(() => {
    const error = this.resource.error();
    return error ? describeApiError(error) : null;
  });

  /** Shows `scope`'s account; the same account is read again, as on any arrival on a page. */
  open(scope: CotisationsScope): void {
    const base = cotisationsBaseUrl(scope);
    if (untracked(this.base) === base) {
      this.resource.reload();
    } else {
      this.base.set(base);
    }
  }

  reload(): void {
    this.resource.reload();
  }

  declareIncome(request: DeclareIncomeRequest): Observable<CotisationsOverview> {
    return this.act((base) => this.api.declareIncome(base, request));
  }

  payByCard(request: CardPaymentRequest): Observable<CotisationsOverview> {
    return this.act((base) => this.api.payByCard(base, request));
  }

  payByTelepayment(request: TelepaymentRequest): Observable<CotisationsOverview> {
    return this.act((base) => this.api.payByTelepayment(base, request));
  }

  signMandate(request: SepaMandateRequest): Observable<CotisationsOverview> {
    return this.act((base) => this.api.signMandate(base, request));
  }

  revokeMandate(): Observable<CotisationsOverview> {
    return this.act((base) => this.api.revokeMandate(base));
  }

  fileRequest(request: ContributionRequestInput): Observable<CotisationsOverview> {
    return this.act((base) => this.api.fileRequest(base, request));
  }

  /** Sends an action for the account shown, and keeps the overview it answers (unless another account is shown by then). */
  private act(send: (base: string) => Observable<CotisationsOverview>): Observable<CotisationsOverview> {
    const base = untracked(this.base);
    if (base === null) {
      throw new Error('CotisationsStore: open() an account before acting on it.');
    }
    return send(base).pipe(
      tap((overview) => {
        if (untracked(this.base) === base) {
          this.resource.set(overview);
        }
      }),
    );
  }
}
