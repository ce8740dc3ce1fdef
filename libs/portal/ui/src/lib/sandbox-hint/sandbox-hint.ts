import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { SandboxMode } from '../sandbox-mode/sandbox-mode';

/**
 * Training only: a dashed box with the « Bac à sable » badge, saying what the portal did not
 * really do (send an e-mail, post a letter) and where the trainer finds it instead. The feature
 * libraries project the sentence and its links.
 *
 * Hidden once the API said the sandbox is off: there is then no simulated mailbox to point to.
 * Shown while that is not known yet, so that a hint never waits on the clock's first answer.
 */
@Component({
  selector: 'pt-sandbox-hint',
  template: `
    <p class="sandbox-hint">
      <span class="sandbox-hint__badge">Bac à sable</span>
      <ng-content />
    </p>
  `,
  styles: `
    :host {
      display: block;
      margin-top: 2rem;
    }
    .sandbox-hint {
      margin: 0;
      padding: 1rem 1.25rem;
      border: 1px dashed #929292;
      font-size: 0.9375rem;
      line-height: 1.6;
    }
    .sandbox-hint__badge {
      margin-right: 0.5rem;
      padding: 0 0.375rem;
      border-radius: 3px;
      background: #ffe552;
      color: #1e1e1e;
      font-size: 0.75rem;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
  `,
  host: { '[style.display]': 'shown() ? null : "none"' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SandboxHint {
  private readonly mode = inject(SandboxMode);
  protected readonly shown = computed(() => this.mode.enabled() !== false);
}
