import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ATTACHMENT_STATUS_LABELS, type AttachmentStatus } from '@portail/domain';

/** The status of an attachment as a badge. Its word carries the meaning; the colour only repeats it. */
@Component({
  selector: 'pt-attachment-status',
  template: `{{ labels[status()] }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border: 1px solid currentColor;
      border-radius: 1rem;
      font-size: 0.875rem;
      font-weight: 700;
      white-space: nowrap;
    }
    /* The notices' colours: each pair is above 4.5:1. */
    :host(.status--en-attente) {
      background: #fff4e5;
      color: #8f3300;
    }
    :host(.status--rattache) {
      background: #dffee6;
      color: #18753c;
    }
    :host(.status--bloque) {
      background: #ffe9e9;
      color: #ce0500;
    }
  `,
  host: { '[class]': '"status--" + status()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttachmentStatusBadge {
  readonly status = input.required<AttachmentStatus>();

  protected readonly labels = ATTACHMENT_STATUS_LABELS;
}
