import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { Civility } from '@portail/domain';
import { PageHeading, SPACE_ROLE_LABELS, SPACE_STATUS_LABELS, describeSpace } from '@portail/portal-ui';
import { SessionStore } from '../session/session-store';

const CIVILITY_LABELS: Readonly<Record<Civility, string>> = { M: 'Monsieur', Mme: 'Madame' };

/** « Mon profil »: who is signed in, their spaces, and « Modifier mon mot de passe ». */
@Component({
  selector: 'pt-profile-page',
  imports: [PageHeading, MatButton, RouterLink],
  templateUrl: './profile-page.html',
  styleUrls: ['../identity-page.scss', './profile-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {
  private readonly store = inject(SessionStore);

  protected readonly person = computed(() => this.store.session()?.person ?? null);
  protected readonly civility = computed(() => {
    const civility = this.person()?.civility;
    return civility ? CIVILITY_LABELS[civility] : 'Non renseignée';
  });
  protected readonly spaces = computed(() => this.store.session()?.spaces ?? []);
  protected readonly roleLabels = SPACE_ROLE_LABELS;
  protected readonly statusLabels = SPACE_STATUS_LABELS;
  protected readonly describeSpace = describeSpace;
}
