import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SandboxClock } from '@portail/portal-sandbox';
import { SandboxBar, SiteFooter, SiteHeader } from '@portail/portal-ui';

/** The shell: sandbox bar, header, the routed page, footer. */
@Component({
  selector: 'pt-root',
  imports: [RouterOutlet, SandboxBar, SiteHeader, SiteFooter],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly clock = inject(SandboxClock);
  private readonly document = inject(DOCUMENT);

  /** The skip link moves the focus itself: a bare `#contenu` href would be a router navigation. */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.document.getElementById('contenu')?.focus();
  }
}
