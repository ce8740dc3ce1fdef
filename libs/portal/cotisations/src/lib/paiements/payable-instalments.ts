import { type Signal, effect, untracked } from '@angular/core';
import type { FormControl } from '@angular/forms';
import { INSTALMENT_STATUS_LABELS, type Instalment, instalmentTitle } from '@portail/domain';
import { formatEuros } from '../cotisations-format';

export const INSTALMENT_REQUIRED_MESSAGE = 'Choisissez l’échéance à payer.';

/** The instalments one can pay now: unpaid, and not of 0 € (a year already covered). */
export function payableInstalments(instalments: readonly Instalment[]): Instalment[] {
  return instalments.filter((instalment) => instalment.status !== 'payee' && instalment.amountCents > 0);
}

/** « Échéance de mars 2027 — 325,00 € (En retard) », « Régularisation 2026 — 1 200,00 € (À payer) » */
export function describeInstalment(instalment: Instalment): string {
  const title = instalmentTitle(instalment);
  return `${title.charAt(0).toUpperCase()}${title.slice(1)} — ${formatEuros(instalment.amountCents)} (${INSTALMENT_STATUS_LABELS[instalment.status]})`;
}

/**
 * Keeps an instalment field on a payable instalment: the one « Payer » of the échéancier asked
 * for (query parameter), else the oldest; again after a payment took the chosen one out of the list.
 * Call it in an injection context (a component's constructor).
 */
export function keepPayableSelection(
  control: FormControl<string>,
  payable: Signal<readonly Instalment[]>,
  preselected: Signal<string | null | undefined>,
): void {
  effect(() => {
    const wanted = preselected();
    if (untracked(payable).some((instalment) => instalment.id === wanted)) {
      control.setValue(wanted ?? '');
    }
  });
  effect(() => {
    const instalments = payable();
    if (!instalments.some((instalment) => instalment.id === control.value)) {
      const wanted = untracked(preselected);
      control.setValue((instalments.find((instalment) => instalment.id === wanted) ?? instalments[0])?.id ?? '');
    }
  });
}
