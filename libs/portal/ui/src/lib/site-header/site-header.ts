import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SessionState } from '@portail/domain';
import { AccountMenu } from './account-menu';

/**
 * The banner of every page: the portal's name and, top right, the entry points to the tiers'
 * space — or, once signed in, the account menu. Presentational: the shell gives it the session
 * and acts on its outputs.
 *
 * Its two links are styled like the portal's buttons without being Material buttons: whatever
 * the shell imports lands in the initial bundle, with everything Material's barrels pull along.
 */
@Component({
  selector: 'pt-site-header',
  imports: [RouterLink, AccountMenu],
  templateUrl: './site-header.html',
  styleUrl: './site-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeader {
  /** The signed-in person's session; null when anonymous. */
  readonly session = input<SessionState | null>(null);
  /** False while the session is being read: the account area stays empty rather than flicker. */
  readonly ready = input(true);
  /** The Urssaf's unread messages in the current space; null: no « Messagerie » link. */
  readonly unreadMessages = input<number | null>(null);

  readonly logout = output<void>();
  /** The id of the space chosen in « Changer d'espace ». */
  readonly spaceChange = output<string>();
}
