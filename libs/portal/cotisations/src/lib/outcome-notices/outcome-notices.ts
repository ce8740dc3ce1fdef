import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Notice } from '@portail/portal-ui';

/**
 * The two live regions over a form of « Mes cotisations »: what the last request did (announced
 * politely) and why it failed (announced at once). A page whose success needs more than a
 * sentence projects its own notice into the status region instead.
 */
@Component({
  selector: 'pt-outcome-notices',
  imports: [Notice],
  template: `
    <div role="status">
      @if (success(); as success) {
        <pt-notice kind="success">
          <p>{{ success }}</p>
        </pt-notice>
      }
      <ng-content />
    </div>
    <div role="alert">
      @if (failure(); as failure) {
        <pt-notice kind="error">
          <p>{{ failure }}</p>
        </pt-notice>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    pt-notice {
      margin-bottom: 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutcomeNotices {
  readonly success = input<string | null>(null);
  readonly failure = input<string | null>(null);
}
