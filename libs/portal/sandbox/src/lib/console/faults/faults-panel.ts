import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { FAULT_LABELS, type FaultKind, type FaultState } from '@portail/domain';
import { RequestState } from '@portail/portal-forms';
import { formatDateTime } from '@portail/portal-ui';
import { type Observable, firstValueFrom } from 'rxjs';
import { describeApiError } from '../../api-error';
import { ErrorNotice } from '../../error-notice/error-notice';
import { TrainerApi } from '../trainer-api';
import { PanelOutcome } from '../panel-outcome';

/** What the trainee will see once the fault has struck: the trainer says it before triggering it. */
export const FAULT_EFFECTS: Record<FaultKind, string> = {
  'email-bounce':
    'Le prochain courriel envoyé par le portail n’est pas distribué : la boîte de réception simulée le marque « Non distribué ». Si c’est l’invitation d’un collaborateur, « Gérer les comptes » affiche « Adresse injoignable » et propose de corriger l’adresse.',
  'letter-lost':
    'Le prochain courrier n’arrive jamais : le client ne reçoit pas son code de sécurité. Pour s’en sortir, le stagiaire supprime le client de son portefeuille puis l’ajoute de nouveau : un nouveau code est envoyé.',
  'card-declined':
    'Le prochain paiement par carte bancaire dans « Mes cotisations » est refusé : le stagiaire voit le refus et peut payer de nouveau.',
  'debit-declined':
    'Le prochain prélèvement est rejeté : l’échéance reste à payer dans « Mes cotisations ».',
};

/**
 * « Incidents »: faults the trainer arms to show what goes wrong in real life. Each strikes once,
 * at the next occasion, then disarms itself.
 */
@Component({
  selector: 'pt-faults-panel',
  imports: [PanelOutcome, MatButton, ErrorNotice],
  templateUrl: './faults-panel.html',
  styleUrl: './faults-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FaultsPanel {
  private readonly api = inject(TrainerApi);
  private readonly request = new RequestState();

  protected readonly effects = FAULT_EFFECTS;
  protected readonly formatDateTime = formatDateTime;
  protected readonly read = rxResource({ stream: () => this.api.getFaults() });
  protected readonly loadError = computed(() => {
    const error = this.read.error();
    return error ? describeApiError(error) : null;
  });
  protected readonly faults = linkedSignal<FaultState[] | null>(() => (this.read.hasValue() ? this.read.value() : null));
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  protected readonly done = signal<string | null>(null);

  protected arm(fault: FaultState): Promise<void> {
    return this.change(this.api.armFault(fault.kind), `Incident armé : ${this.labelOf(fault).toLowerCase()}.`);
  }

  protected disarm(fault: FaultState): Promise<void> {
    return this.change(this.api.disarmFault(fault.kind), `Incident annulé : ${this.labelOf(fault).toLowerCase()}.`);
  }

  protected labelOf(fault: FaultState): string {
    return FAULT_LABELS[fault.kind] ?? fault.label;
  }

  /** The list is read again after each change: the API's state (and `armedAt`) is the truth. */
  private async change(request: Observable<unknown>, sentence: string): Promise<void> {
    if (this.pending()) {
      return;
    }
    this.done.set(null);
    const outcome = await this.request.run(request);
    if (!outcome.ok) {
      this.failure.set(describeApiError(outcome.error));
      return;
    }
    this.done.set(sentence);
    try {
      this.faults.set(await firstValueFrom(this.api.getFaults()));
    } catch (error) {
      this.failure.set(describeApiError(error));
    }
  }
}
