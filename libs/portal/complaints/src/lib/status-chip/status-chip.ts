import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { COMPLAINT_STATUS_LABELS, type ComplaintStatus, MEDIATION_STATUS_LABELS, type MediationStatus } from '@portail/domain/complaints';

type Tone = 'new' | 'progress' | 'done' | 'closed';

const TONES: Record<ComplaintStatus | MediationStatus, Tone> = {
  recue: 'new',
  repondue: 'done',
  recevable: 'progress',
  analyse: 'progress',
  recommandation: 'done',
  reorientee: 'closed',
  arretee: 'closed',
};

/** The status of a réclamation or of a mediation, as a chip: the label is the text, the colour only repeats it. */
@Component({
  selector: 'pt-status-chip',
  template: `<span [class]="'chip chip--' + tone()">{{ label() }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: 4px;
      font-size: 0.875rem;
      font-weight: 700;
      white-space: nowrap;
    }
    .chip--new {
      background: #e8edff;
      color: #0063cb;
    }
    .chip--progress {
      background: #fff4e5;
      color: #8d4b00;
    }
    .chip--done {
      background: #dffee6;
      color: #18753c;
    }
    .chip--closed {
      background: #eeeeee;
      color: #3a3a3a;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly kind = input.required<'complaint' | 'mediation'>();
  readonly status = input.required<ComplaintStatus | MediationStatus>();

  protected readonly label = computed(() =>
    this.kind() === 'complaint'
      ? COMPLAINT_STATUS_LABELS[this.status() as ComplaintStatus]
      : MEDIATION_STATUS_LABELS[this.status() as MediationStatus],
  );
  protected readonly tone = computed(() => TONES[this.status()]);
}
