import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { GuideStore } from './guide-store';

/**
 * The switch of the guided mode, for the sandbox bar or the shell: a toggle button, so that a
 * screen reader says whether the mode is on. Nothing outside the sandbox.
 */
@Component({
  selector: 'pt-guide-toggle',
  template: `
    @if (store.sandbox()) {
      <button class="guide-toggle" type="button" [attr.aria-pressed]="store.enabled()" (click)="store.toggle()">
        Mode guidé
      </button>
    }
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .guide-toggle {
      padding: 0 0.5rem;
      border: 1px solid currentColor;
      border-radius: 3px;
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .guide-toggle[aria-pressed='true'] {
      border-color: #ffe552;
      background: #ffe552;
      color: #1e1e1e;
      font-weight: 700;
    }
    @media print {
      :host {
        display: none !important;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuideToggle {
  protected readonly store = inject(GuideStore);
}
