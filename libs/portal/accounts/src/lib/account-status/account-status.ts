import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FirmAccount } from '@portail/domain';
import { formatDateTime } from '@portail/portal-ui';
import { statusLabelOf } from '../accounts-links';

/**
 * The status of an account as a chip; an invited account also says until when its link works.
 * The deadline is the API's, on the sandbox clock: the browser's clock is never compared with it
 * (a trainer may have moved the sandbox forward), so « Expiré » only shows once the API says so.
 *
 * An invitation that bounced says « Adresse injoignable » instead of its deadline: the link never
 * arrived, the administrator has to correct the address (on the account's page).
 */
@Component({
  selector: 'pt-account-status',
  template: `
    <span class="chip" [class]="'chip chip--' + account().status">{{ label() }}</span>
    @if (unreachable()) {
      <span class="visually-hidden">, </span>
      <span class="chip chip--injoignable">Adresse injoignable</span>
    } @else if (deadline(); as deadline) {
      <span class="deadline"> jusqu’au {{ deadline }}</span>
    }
  `,
  styleUrl: './account-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountStatus {
  readonly account = input.required<Pick<FirmAccount, 'status' | 'activationExpiresAt' | 'emailUnreachable'>>();

  protected readonly label = computed(() => statusLabelOf(this.account()));
  protected readonly unreachable = computed(() => isUnreachableInvitation(this.account()));
  protected readonly deadline = computed(() => {
    const { status, activationExpiresAt } = this.account();
    return status === 'invite' && activationExpiresAt ? formatDateTime(activationExpiresAt) : null;
  });
}

/** An account still to activate whose activation e-mail bounced. */
export function isUnreachableInvitation(account: Pick<FirmAccount, 'status' | 'emailUnreachable'>): boolean {
  return account.emailUnreachable && (account.status === 'invite' || account.status === 'expire');
}
