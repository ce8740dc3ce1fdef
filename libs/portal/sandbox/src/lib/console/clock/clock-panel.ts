import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { ClockState } from '@portail/domain';
import { RequestState, formFieldDefaults } from '@portail/portal-forms';
import type { Observable } from 'rxjs';
import { describeApiError } from '../../api-error';
import { SandboxClock } from '../../clock/sandbox-clock';
import { TrainerApi } from '../trainer-api';
import { CLOCK_MOVES, type ClockMove, describeOffset, formatClock, localInputToIso } from './clock-wording';
import { PanelOutcome } from '../panel-outcome';

/**
 * « Horloge »: the sandbox time, big enough for a projector, and the moves a training needs.
 * Each move's answer is the new clock: the shared SandboxClock takes it, so the bar follows.
 */
@Component({
  selector: 'pt-clock-panel',
  imports: [PanelOutcome, ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput],
  templateUrl: './clock-panel.html',
  styleUrl: './clock-panel.scss',
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClockPanel {
  private readonly api = inject(TrainerApi);
  private readonly clock = inject(SandboxClock);
  private readonly request = new RequestState();

  protected readonly moves = CLOCK_MOVES;
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  protected readonly done = signal<string | null>(null);
  protected readonly date = new FormControl('', { nonNullable: true });
  protected readonly dateForm = new FormGroup({ date: this.date });

  protected readonly now = this.clock.now;
  protected readonly formattedNow = computed(() => {
    const now = this.now();
    return now ? formatClock(now) : null;
  });
  protected readonly offset = computed(() => {
    const offsetMs = this.clock.offsetMs();
    return offsetMs === null ? null : describeOffset(offsetMs);
  });

  protected advance(move: ClockMove): void {
    void this.move(this.api.advanceClock(move.request), (now) => `L’horloge a avancé ${move.done} : nous sommes le ${now}.`);
  }

  protected setDate(): void {
    const at = localInputToIso(this.date.value);
    if (!at) {
      this.date.setErrors({ missing: true });
      this.date.markAsTouched();
      return;
    }
    void this.move(this.api.setClock(at), (now) => `L’horloge est réglée : nous sommes le ${now}.`);
  }

  protected backToRealTime(): void {
    void this.move(this.api.resetClock(), (now) => `L’horloge suit de nouveau l’heure réelle : nous sommes le ${now}.`);
  }

  private async move(request: Observable<ClockState>, sentence: (now: string) => string): Promise<void> {
    if (this.pending()) {
      return;
    }
    this.done.set(null);
    const outcome = await this.request.run(request);
    if (outcome.ok) {
      this.clock.accept(outcome.value);
      this.done.set(sentence(formatClock(outcome.value.now)));
    } else {
      // 400: the API's sentence (« La date doit être postérieure à l’heure réelle. »).
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
