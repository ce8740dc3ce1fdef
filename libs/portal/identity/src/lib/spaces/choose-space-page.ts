import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { SpaceSummary } from '@portail/domain';
import { Notice, PageHeading, SPACE_KIND_LABELS, SPACE_STATUS_LABELS, formatSiret } from '@portail/portal-ui';
import { SPACE_HOME_URL } from '../session/landing';
import { SessionStore } from '../session/session-store';
import { describeApiError } from '@portail/portal-forms';

/** « Choisissez le compte sur lequel vous souhaitez intervenir »: one card per space. */
@Component({
  selector: 'pt-choose-space-page',
  imports: [PageHeading, Notice],
  templateUrl: './choose-space-page.html',
  styleUrls: ['../identity-page.scss', './choose-space-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChooseSpacePage {
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly kindLabels = SPACE_KIND_LABELS;
  protected readonly statusLabels = SPACE_STATUS_LABELS;
  protected readonly formatSiret = formatSiret;
  protected readonly spaces = computed(() => this.store.session()?.spaces ?? []);
  protected readonly currentSpaceId = computed(() => this.store.session()?.currentSpaceId ?? null);
  /** The space being opened, while the API answers. */
  protected readonly choosing = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);

  /** The card's accessible name: its parts are spans, which screen readers would run together. */
  protected describe(space: SpaceSummary): string {
    const parts = [space.name, this.kindLabels[space.kind]];
    if (space.siret) {
      parts.push(`SIRET ${formatSiret(space.siret)}`);
    }
    parts.push(this.statusLabels[space.status]);
    if (space.id === this.currentSpaceId()) {
      parts.push('espace actuel');
    }
    return parts.join(', ');
  }

  protected async choose(space: SpaceSummary): Promise<void> {
    if (this.choosing()) {
      return;
    }
    this.choosing.set(space.id);
    this.failure.set(null);
    try {
      await this.store.chooseSpace(space.id);
      await this.router.navigateByUrl(SPACE_HOME_URL);
    } catch (error) {
      this.failure.set(describeApiError(error));
    } finally {
      this.choosing.set(null);
    }
  }
}
