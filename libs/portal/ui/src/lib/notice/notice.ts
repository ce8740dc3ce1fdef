import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

/**
 * A callout: information, success, something to do, or an error. It only frames its content;
 * whoever uses it decides whether it is announced (`role="alert"` / `role="status"` on the host).
 */
@Component({
  selector: 'pt-notice',
  template: `
    @if (heading(); as heading) {
      <p class="notice__heading">{{ heading }}</p>
    }
    <ng-content />
  `,
  styleUrl: './notice.scss',
  host: { '[class]': '"notice notice--" + kind()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Notice {
  readonly kind = input<NoticeKind>('info');
  readonly heading = input<string | null>(null);
}
