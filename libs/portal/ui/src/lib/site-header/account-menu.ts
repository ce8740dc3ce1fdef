import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import type { SessionState } from '@portail/domain';
import { SPACE_KIND_LABELS } from '../space-labels/space-labels';

/**
 * The signed-in part of the header: the person, the current space with « Changer d'espace »,
 * « Messagerie » with the count of unread messages, « Mon profil », « Se déconnecter », and
 * « Espace conseiller » for the Urssaf's staff.
 * Loaded by SiteHeader in a @defer block: keep it out of the library's index.
 */
@Component({
  selector: 'pt-account-menu',
  imports: [RouterLink, MatButton, MatMenu, MatMenuItem, MatMenuTrigger],
  templateUrl: './account-menu.html',
  styleUrl: './account-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountMenu {
  readonly session = input.required<SessionState>();
  /** The Urssaf's unread messages in the current space; null: no « Messagerie » link. */
  readonly unreadMessages = input<number | null>(null);

  readonly logout = output<void>();
  readonly spaceChange = output<string>();

  protected readonly kindLabels = SPACE_KIND_LABELS;
  protected readonly fullName = computed(() => {
    const { firstName, lastName } = this.session().person;
    return `${firstName} ${lastName}`.trim();
  });
  protected readonly spaces = computed(() => this.session().spaces);
  protected readonly currentSpace = computed(() => {
    const session = this.session();
    return session.spaces.find((space) => space.id === session.currentSpaceId) ?? null;
  });
  /** With a provisional password, nothing but « Se déconnecter » is reachable. */
  protected readonly restricted = computed(() => this.session().mustChangePassword);
  /** « Messagerie, 2 messages non lus »: the badge alone would read as a bare number. */
  protected readonly messagingLabel = computed(() => {
    const count = this.unreadMessages() ?? 0;
    return count === 0 ? null : `Messagerie, ${count} message${count > 1 ? 's' : ''} non lu${count > 1 ? 's' : ''}`;
  });
  protected readonly isConseiller = computed(
    () => this.session().person.backofficeRole === 'conseiller' && !this.restricted(),
  );
}
