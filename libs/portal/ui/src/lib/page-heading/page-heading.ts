import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The top of a page: a discreet caption naming the procedure and, for the steps of the FAQ, their
 * number (« Créer votre espace — Étape 4 »), so that a trainer can follow along; then the title.
 */
@Component({
  selector: 'pt-page-heading',
  template: `
    @if (caption() || step()) {
      <p class="page-heading__caption">
        {{ caption() }}{{ caption() && step() ? ' — ' : '' }}
        @if (step(); as step) {
          <span class="page-heading__step">Étape {{ step }}</span>
        }
      </p>
    }
    <h1>{{ heading() }}</h1>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 1.5rem;
    }
    .page-heading__caption {
      margin: 0 0 0.375rem;
      color: var(--pt-ink-muted);
      font-size: 0.875rem;
    }
    .page-heading__step {
      color: var(--pt-blue);
      font-weight: 700;
    }
    h1 {
      margin: 0;
      font-size: clamp(1.625rem, 3.5vw, 2rem);
      line-height: 1.25;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageHeading {
  readonly heading = input.required<string>();
  readonly caption = input<string | null>(null);
  /** The step of the FAQ's procedure this page shows. */
  readonly step = input<number | null>(null);
}
