import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { URSSAF_ASSISTANCE } from '@portail/domain';
import { Notice, PageHeading, SPACE_KIND_LABELS, SPACE_ROLE_LABELS, formatSiret } from '@portail/portal-ui';
import { IdentityApi } from '../identity-api';
import { SessionStore } from '../session/session-store';
import { describeApiError, httpStatusOf } from '@portail/portal-forms';

/**
 * `/espace`, the home of the current space. A tiers' space waits for the Urssaf's conseiller
 * (« en attente de paramétrage ») before its client portfolio opens.
 */
@Component({
  selector: 'pt-space-home-page',
  imports: [PageHeading, Notice, MatButton, RouterLink],
  templateUrl: './space-home-page.html',
  styleUrls: ['../identity-page.scss', './space-home-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SpaceHomePage {
  private readonly api = inject(IdentityApi);
  private readonly store = inject(SessionStore);

  protected readonly assistance = URSSAF_ASSISTANCE;
  protected readonly kindLabels = SPACE_KIND_LABELS;
  protected readonly roleLabels = SPACE_ROLE_LABELS;
  protected readonly formatSiret = formatSiret;

  /** Read again when the space is switched from the header. */
  protected readonly home = rxResource({
    params: () => this.store.session()?.currentSpaceId ?? undefined,
    stream: () => this.api.getCurrentSpace(),
  });
  protected readonly noSpace = computed(() => !this.store.session()?.currentSpaceId);
  protected readonly loadError = computed(() => {
    const error = this.home.error();
    return error ? describeApiError(error) : null;
  });
  /** 409: no space chosen on the server's side. */
  protected readonly mustChoose = computed(() => httpStatusOf(this.home.error()) === 409);
}
