import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { formatSandboxTime } from '../date-time/format-date-time';

/**
 * The thin strip above the header that belongs to the training sandbox, not to the product:
 * the simulated time, the simulated mailboxes and, for the trainer, the way back to the console.
 * It only displays what it is given; whoever hosts it fetches the clock and the session.
 *
 * In the normal flow and wrapping on narrow screens: it never covers the product's own controls.
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
  /** The trainer, in their own session: a link to their console. */
  readonly consoleLink = input(false);
  /** The persona the trainer acts as (« Agir en tant que »), or null. */
  readonly actingAs = input<string | null>(null);
  /** « Revenir à la console » was pressed and has not been answered yet. */
  readonly returning = input(false);
  /** Why « Revenir à la console » failed, in French. */
  readonly returnFailure = input<string | null>(null);

  readonly returnToConsole = output();

  protected readonly formattedNow = computed(() => {
    const now = this.now();
    return now ? formatSandboxTime(now) : null;
  });
  protected readonly isoNow = computed(() => this.now()?.toISOString() ?? null);
}
