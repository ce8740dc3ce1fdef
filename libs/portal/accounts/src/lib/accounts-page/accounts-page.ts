import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { FIRM_ROLE_LABELS } from '@portail/domain';
import { Notice, PageHeading } from '@portail/portal-ui';
import { AccountStatus } from '../account-status/account-status';
import { accountListResource } from '../account-list';
import {
  ADD_ACCOUNT_URL,
  HISTORY_URL,
  TRANSFER_URL,
  accountUrlOf,
  clientCount,
  fullNameOf,
  rightsSummaryOf,
} from '../accounts-links';

/**
 * « Gérer les comptes »: every account of the space, administrators first, with what each may do.
 * The API answers 403 to a collaborator; its sentence is shown as is.
 */
@Component({
  selector: 'pt-accounts-page',
  imports: [PageHeading, Notice, MatButton, RouterLink, AccountStatus],
  templateUrl: './accounts-page.html',
  styleUrls: ['../accounts-layout.scss', './accounts-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountsPage {
  protected readonly addAccountUrl = ADD_ACCOUNT_URL;
  protected readonly transferUrl = TRANSFER_URL;
  protected readonly historyUrl = HISTORY_URL;
  protected readonly roleLabels = FIRM_ROLE_LABELS;
  protected readonly accountUrlOf = accountUrlOf;
  protected readonly fullNameOf = fullNameOf;
  protected readonly rightsSummaryOf = rightsSummaryOf;
  protected readonly clientCount = clientCount;

  private readonly accounts = accountListResource();
  protected readonly list = this.accounts.list;
  protected readonly failure = this.accounts.failure;
}
