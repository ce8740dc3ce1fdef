import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TIERS_CATEGORY_LABELS, type PendingSpace } from '@portail/domain';
import { BackofficeNav } from '@portail/portal-ui/backoffice';
import { Notice, PageHeading, formatDateTime, formatSiret } from '@portail/portal-ui';
import { firstValueFrom } from 'rxjs';
import { BackofficeApi } from '../backoffice-api';
import { describeApiError, httpStatusOf } from '@portail/portal-forms';

/**
 * « Espaces en attente de paramétrage », oldest first: the conseiller finalises a tiers' space
 * once the accountant has called (FAQ step 12), which opens its client portfolio.
 */
@Component({
  selector: 'pt-pending-spaces-page',
  imports: [BackofficeNav, PageHeading, Notice, MatButton],
  templateUrl: './pending-spaces-page.html',
  styleUrl: './pending-spaces-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PendingSpacesPage {
  private readonly api = inject(BackofficeApi);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly categoryLabels = TIERS_CATEGORY_LABELS;
  protected readonly formatSiret = formatSiret;
  protected readonly formatDateTime = formatDateTime;

  protected readonly pending = rxResource({ stream: () => this.api.getPendingSpaces() });
  /** Finalised since the list was read: taken out without reading it again. */
  private readonly finalisedIds = signal<ReadonlySet<string>>(new Set());
  protected readonly finalising = signal<string | null>(null);
  protected readonly rows = computed(() =>
    this.pending.hasValue() ? this.pending.value().filter((space) => !this.finalisedIds().has(space.id)) : [],
  );
  protected readonly loadError = computed(() => {
    const error = this.pending.error();
    return error ? describeApiError(error) : null;
  });
  protected readonly failure = signal<string | null>(null);

  protected refresh(): void {
    this.finalisedIds.set(new Set());
    this.failure.set(null);
    this.pending.reload();
  }

  protected async finalise(space: PendingSpace): Promise<void> {
    if (this.finalising()) {
      return;
    }
    this.finalising.set(space.id);
    this.failure.set(null);
    try {
      await firstValueFrom(this.api.finalise(space.id));
      this.remove(space.id);
      this.snackBar.open(
        `Le paramétrage de l'espace ${space.name} est finalisé. Un courriel a été envoyé à ${space.administrator.email}.`,
        'OK',
        { duration: 8000 },
      );
    } catch (error) {
      if (httpStatusOf(error) === 409) {
        // Already finalised by a colleague: nothing left to do here.
        this.remove(space.id);
        this.snackBar.open(describeApiError(error), 'OK', { duration: 8000 });
      } else {
        this.failure.set(describeApiError(error));
      }
    } finally {
      this.finalising.set(null);
    }
  }

  private remove(spaceId: string): void {
    this.finalisedIds.update((ids) => new Set([...ids, spaceId]));
  }
}
