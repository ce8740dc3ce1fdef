import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { TraineeCard } from '@portail/domain';
import { RequestState, confirmAction, formFieldDefaults } from '@portail/portal-forms';
import { formatSiret } from '@portail/portal-ui';
import { describeApiError } from '../../api-error';
import { ErrorNotice } from '../../error-notice/error-notice';
import { TrainerApi } from '../trainer-api';
import { PanelOutcome } from '../panel-outcome';

/** The API's limit for a whole class. */
export const MAX_TRAINEES = 60;

/**
 * « Stagiaires »: the accounts of a class, one card per trainee with everything they need
 * (login, firm, their own clients and these clients' answers), printable to hand out.
 */
@Component({
  selector: 'pt-trainees-panel',
  imports: [PanelOutcome, ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, ErrorNotice],
  templateUrl: './trainees-panel.html',
  styleUrl: './trainees-panel.scss',
  providers: [formFieldDefaults],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TraineesPanel {
  private readonly api = inject(TrainerApi);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  private readonly request = new RequestState();
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly maxTrainees = MAX_TRAINEES;
  protected readonly formatSiret = formatSiret;
  protected readonly count = new FormControl<number | null>(null, [
    Validators.required,
    Validators.min(1),
    Validators.max(MAX_TRAINEES),
  ]);
  protected readonly form = new FormGroup({ count: this.count });

  protected readonly read = rxResource({ stream: () => this.api.getTrainees() });
  protected readonly loadError = computed(() => {
    const error = this.read.error();
    return error ? describeApiError(error) : null;
  });
  /** As read, then as each action leaves the class. */
  protected readonly trainees = linkedSignal<TraineeCard[] | null>(() =>
    this.read.hasValue() ? this.read.value() : null,
  );
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  protected readonly done = signal<string | null>(null);

  protected async create(): Promise<void> {
    if (this.count.invalid || this.pending()) {
      this.count.markAsTouched();
      return;
    }
    const count = this.count.value ?? 0;
    this.done.set(null);
    const outcome = await this.request.run(this.api.createTrainees(count));
    if (outcome.ok) {
      this.trainees.set(outcome.value);
      // Not only the value: the form is no longer « submitted », so no error shows on the empty field.
      this.formDirective()?.resetForm();
      this.done.set(
        `${count > 1 ? `${count} comptes de stagiaires créés` : 'Un compte de stagiaire créé'} : la classe compte ${outcome.value.length} stagiaire${outcome.value.length > 1 ? 's' : ''}.`,
      );
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected async deleteClass(): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: 'Supprimer la classe ?',
      paragraphs: [
        'Les comptes des stagiaires, leurs cabinets et les clients qui leur étaient réservés seront supprimés du bac à sable.',
      ],
      confirmLabel: 'Supprimer la classe',
    });
    if (!confirmed || this.pending()) {
      return;
    }
    this.done.set(null);
    const outcome = await this.request.run(this.api.deleteTrainees());
    if (outcome.ok) {
      this.trainees.set([]);
      this.done.set('La classe est supprimée.');
    } else {
      this.failure.set(describeApiError(outcome.error));
    }
  }
}
