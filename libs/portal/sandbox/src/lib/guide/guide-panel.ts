import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, inject } from '@angular/core';
import { GuidePanelBody } from './guide-panel-body';
import { GuideStore } from './guide-store';

/**
 * « Mode guidé »: the steps of the procedure the trainee follows, the current one highlighted.
 * Training only: it renders nothing outside the sandbox or while switched off, and its body is
 * downloaded the first time it shows. The shell gives it a column of its own beside the page on
 * wide screens; on narrow ones it sits under the header, folded to the current step, so that it
 * never covers the product.
 */
@Component({
  selector: 'pt-guide-panel',
  imports: [GuidePanelBody],
  template: `
    @if (store.visible()) {
      @defer (on immediate) {
        <pt-guide-panel-body (hide)="hide()" />
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    @media print {
      :host {
        display: none !important;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuidePanel {
  protected readonly store = inject(GuideStore);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** The button disappears with the panel: the focus goes to the switch that brings it back. */
  protected hide(): void {
    this.store.setEnabled(false);
    afterNextRender(
      () => {
        const target =
          this.document.querySelector<HTMLElement>('pt-guide-toggle button') ?? this.document.getElementById('contenu');
        target?.focus();
      },
      { injector: this.injector },
    );
  }
}
