import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Notice } from '@portail/portal-ui';
import type { KeysetList } from '../keyset-list';

/** What is read of the list, whatever its items and its query. */
type KeysetListState = Pick<
  KeysetList<unknown>,
  'items' | 'loading' | 'loaded' | 'failure' | 'hasMore' | 'reload' | 'more'
>;

/**
 * What every list of these pages shows around its items: « Chargement… », its refusal with
 * « Réessayer », the sentence for an empty list, and « Suivants » while there are more. The items
 * themselves (a table, a list of checkboxes) are projected.
 */
@Component({
  selector: 'pt-keyset-results',
  imports: [MatButton, Notice],
  template: `
    <div [attr.aria-busy]="list().loading()">
      @if (list().failure(); as failure) {
        <pt-notice kind="error" role="alert">
          <p>{{ failure }}</p>
        </pt-notice>
        <button matButton="outlined" type="button" (click)="list().reload()">Réessayer</button>
      } @else if (list().loaded() && list().items().length === 0) {
        <p class="empty">{{ emptyMessage() }}</p>
      } @else if (list().loaded()) {
        <ng-content />
        @if (list().hasMore()) {
          <button class="more" matButton="outlined" type="button" [disabled]="list().loading()" (click)="list().more()">
            Suivants
          </button>
        }
      } @else {
        <p class="loading">{{ loadingMessage() }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    pt-notice {
      margin-bottom: 1rem;
    }
    .loading {
      color: var(--pt-ink-muted);
    }
    .more {
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KeysetResults {
  readonly list = input.required<KeysetListState>();
  readonly emptyMessage = input.required<string>();
  readonly loadingMessage = input('Chargement…');
}
