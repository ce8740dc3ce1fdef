import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FirmAccount } from '@portail/domain';
import { formatDateTime } from '@portail/portal-ui';
import { statusLabelOf } from '../accounts-links';

/**
 * The status of an account as a chip; an invited account also says until when its link works.
 * The deadline is the API's, on the sandbox clock: the browser's clock is never compared with it
 * (a trainer may have moved the sandbox forward), so « Expiré » only shows once the API says so.
 */
@Component({
  selector: 'pt-account-status',
  template: `
    <span class="chip" [class]="'chip chip--' + account().status">{{ label() }}</span>
    @if (deadline(); as deadline) {
      <span class="deadline"> jusqu’au {{ deadline }}</span>
    }
  `,
  styleUrl: './account-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountStatus {
  readonly account = input.required<Pick<FirmAccount, 'status' | 'activationExpiresAt'>>();

  protected readonly label = computed(() => statusLabelOf(this.account()));
  protected readonly deadline = computed(() => {
    const { status, activationExpiresAt } = this.account();
    return status === 'invite' && activationExpiresAt ? formatDateTime(activationExpiresAt) : null;
  });
}
