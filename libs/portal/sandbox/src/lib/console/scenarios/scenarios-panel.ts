import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { ResetProgress, ScenarioKey, ScenarioSummary } from '@portail/domain';
import { RequestState, confirmAction } from '@portail/portal-forms';
import { formatDateTime } from '@portail/portal-ui';
import { EMPTY, type Subscription, expand, of, switchMap, timer } from 'rxjs';
import { describeApiError } from '../../api-error';
import { SandboxClock } from '../../clock/sandbox-clock';
import { ErrorNotice } from '../../error-notice/error-notice';
import { TrainerApi } from '../trainer-api';
import { PanelOutcome } from '../panel-outcome';

/** How often a running reset is read: the bar moves smoothly, the API is not flooded. */
export const RESET_POLL_MS = 300;

const secondsFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** « 2,4 s », « 1 min 5 s ». */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) {
    return `${secondsFormat.format(seconds)} s`;
  }
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/**
 * « Scénarios »: the catalogue, and the reset to one of them. A reset runs on the server; the
 * panel reads its progress every 300 ms until it ends, and picks up a reset already running
 * (started from another tab, or before a reload).
 */
@Component({
  selector: 'pt-scenarios-panel',
  imports: [PanelOutcome, MatButton, MatProgressBar, ErrorNotice],
  templateUrl: './scenarios-panel.html',
  styleUrl: './scenarios-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScenariosPanel {
  private readonly api = inject(TrainerApi);
  private readonly clock = inject(SandboxClock);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);
  private readonly start = new RequestState();
  private polling: Subscription | null = null;

  protected readonly catalogue = rxResource({ stream: () => this.api.getScenarios() });
  protected readonly loadError = computed(() => {
    const error = this.catalogue.error();
    return error ? describeApiError(error) : null;
  });
  protected readonly progress = signal<ResetProgress | null>(null);
  protected readonly running = computed(() => this.start.pending() || this.progress()?.status === 'en-cours');
  protected readonly percent = computed(() => {
    const progress = this.progress();
    return progress && progress.totalSteps > 0 ? Math.round((progress.step / progress.totalSteps) * 100) : 0;
  });
  protected readonly done = signal<string | null>(null);
  protected readonly failure = this.start.failure;
  protected readonly formatDateTime = formatDateTime;

  constructor() {
    // A reset already running when the catalogue is read: follow it.
    effect(() => {
      const running = this.catalogue.hasValue() ? this.catalogue.value().running : null;
      if (running && untracked(() => this.progress()?.id) !== running.id) {
        untracked(() => this.follow(running));
      }
    });
  }

  protected titleOf(key: ScenarioKey): string {
    const catalogue = this.catalogue.hasValue() ? this.catalogue.value() : null;
    return catalogue?.scenarios.find((scenario) => scenario.key === key)?.title ?? key;
  }

  protected async reset(scenario: ScenarioSummary): Promise<void> {
    if (this.running()) {
      return;
    }
    const confirmed = await confirmAction(this.dialog, {
      title: `Réinitialiser le bac à sable avec « ${scenario.title} » ?`,
      paragraphs: [
        'Les données actuelles du bac à sable seront effacées ; l’annuaire est conservé.',
        'Les sessions en cours des stagiaires prendront fin.',
      ],
      confirmLabel: 'Réinitialiser',
    });
    if (!confirmed) {
      return;
    }
    this.done.set(null);
    const outcome = await this.start.run(this.api.startReset(scenario.key));
    if (outcome.ok) {
      this.follow(outcome.value);
    } else {
      // 409: another reset runs; the catalogue read again shows it and its progress.
      this.failure.set(describeApiError(outcome.error));
      this.catalogue.reload();
    }
  }

  private follow(progress: ResetProgress): void {
    this.polling?.unsubscribe();
    this.progress.set(progress);
    this.polling = of(progress)
      .pipe(
        expand((current) =>
          current.status === 'en-cours'
            ? timer(RESET_POLL_MS).pipe(switchMap(() => this.api.getReset(current.id)))
            : EMPTY,
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (current) => {
          this.progress.set(current);
          if (current.status !== 'en-cours') {
            this.finished(current);
          }
        },
        error: (error: unknown) => this.failure.set(describeApiError(error)),
      });
  }

  private finished(progress: ResetProgress): void {
    const title = this.titleOf(progress.scenario);
    if (progress.status === 'terminee') {
      const duration = progress.durationMs === null ? '' : ` en ${formatDuration(progress.durationMs)}`;
      this.done.set(`Le bac à sable est réinitialisé avec le scénario « ${title} »${duration}.`);
    } else {
      this.failure.set(progress.error ?? 'La réinitialisation a échoué : le bac à sable est inchangé.');
    }
    this.catalogue.reload();
    // A scenario may set its own date.
    this.clock.refresh();
  }
}
