import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The outcome of a console action, under the tab's controls: a polite live line for what was done
 * (or, hidden, what is under way) and an assertive one for a failure. The regions stay in the page
 * so that screen readers hear what appears in them.
 */
@Component({
  selector: 'pt-panel-outcome',
  template: `
    <div role="status">
      @if (done(); as done) {
        <p class="panel__done">{{ done }}</p>
      } @else if (pending(); as pending) {
        <p class="visually-hidden">{{ pending }}</p>
      }
    </div>
    <div role="alert">
      @if (failure(); as failure) {
        <p class="panel__failure">{{ failure }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .panel__done,
    .panel__failure {
      margin: 1rem 0 0;
      padding: 0.75rem 1rem;
      font-weight: 500;
    }
    .panel__done {
      border-left: 4px solid #18753c;
      background: #dffee6;
    }
    .panel__failure {
      border-left: 4px solid var(--pt-error);
      background: #ffe9e9;
      color: var(--pt-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanelOutcome {
  readonly done = input<string | null>(null);
  readonly failure = input<string | null>(null);
  /** Read to screen readers while an action runs (when nothing is done yet). */
  readonly pending = input<string | null>(null);
}
