import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';

/** A failed load: the API's sentence, and a way to try again. */
@Component({
  selector: 'pt-error-notice',
  imports: [MatButton],
  template: `
    <div class="error-notice" role="alert">
      <p>{{ message() }}</p>
      <button matButton="outlined" type="button" (click)="retry.emit()">Réessayer</button>
    </div>
  `,
  styles: `
    .error-notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem 1.5rem;
      padding: 1rem 1.25rem;
      border-left: 4px solid var(--pt-error);
      background: #fef4f4;
    }
    p {
      margin: 0;
      color: var(--pt-error);
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorNotice {
  readonly message = input.required<string>();
  readonly retry = output();
}
