import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { formatSandboxTime } from '../date-time/format-date-time';

/**
 * The thin strip above the header that belongs to the training sandbox, not to the product:
 * the simulated time and the simulated mailboxes. It only displays what it is given;
 * whoever hosts it fetches the clock.
 */
@Component({
  selector: 'pt-sandbox-bar',
  imports: [RouterLink, RouterLinkActive],
  templateUrl: './sandbox-bar.html',
  styleUrl: './sandbox-bar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SandboxBar {
  /** The sandbox time; null while it is unknown. */
  readonly now = input<Date | null>(null);
  /** True when the clock could not be read: the bar says so instead of showing a time. */
  readonly unavailable = input(false);

  protected readonly formattedNow = computed(() => {
    const now = this.now();
    return now ? formatSandboxTime(now) : null;
  });
  protected readonly isoNow = computed(() => this.now()?.toISOString() ?? null);
}
