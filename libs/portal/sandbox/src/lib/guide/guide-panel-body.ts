import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { GuideStore } from './guide-store';
import { type GuideProcedureId, procedureById } from './procedures';

/**
 * What GuidePanel shows once the guided mode is on: the choice of procedure, its steps with the
 * current one highlighted, the polite announcement of each new step. Loaded on demand (`@defer`):
 * its Material controls are no part of the shell's first download.
 */
@Component({
  selector: 'pt-guide-panel-body',
  imports: [MatButton, MatFormField, MatLabel, MatInput],
  templateUrl: './guide-panel-body.html',
  styleUrl: './guide-panel-body.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuidePanelBody {
  protected readonly store = inject(GuideStore);
  /** « Masquer le mode guidé »: the host switches the mode off and moves the focus. */
  readonly hide = output();

  /** Narrow screens only: the steps are folded under the current one until asked for. */
  protected readonly expanded = signal(false);
  protected readonly currentNumber = computed(() => this.store.currentStep()?.number ?? null);
  /** « Étape 3 sur 12 : … », read once per change of step by the polite live region. */
  protected readonly announcement = computed(() => {
    const procedure = this.store.procedure();
    const step = this.store.currentStep();
    if (!procedure || !step) {
      return '';
    }
    const last = procedure.steps[procedure.steps.length - 1].number;
    return `Étape ${step.number} sur ${last} : ${step.text}`;
  });

  protected choose(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as GuideProcedureId;
    this.store.choose(procedureById(value)?.id ?? null);
  }
}
