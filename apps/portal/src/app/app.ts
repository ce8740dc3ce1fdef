import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { SessionStore, UnreadMessagesStore } from '@portail/portal-identity';
import { GuidePanel, GuideStore, GuideToggle, PersonaSwitch, SandboxClock } from '@portail/portal-sandbox';
import { SandboxBar, SiteFooter, SiteHeader } from '@portail/portal-ui';
import { filter, map, pairwise } from 'rxjs';

/**
 * The shell: sandbox bar (only once the API said the sandbox is on), header (fed by the session
 * and the count of unread messages), the routed page, footer.
 */
@Component({
  selector: 'pt-root',
  imports: [RouterOutlet, SandboxBar, SiteHeader, SiteFooter, GuidePanel, GuideToggle],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly clock = inject(SandboxClock);
  protected readonly session = inject(SessionStore);
  /** Eager: it reads the header's count of unread messages at every page change. */
  protected readonly unreadMessages = inject(UnreadMessagesStore);
  protected readonly personaSwitch = inject(PersonaSwitch);
  protected readonly guide = inject(GuideStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  constructor() {
    void this.session.ensureLoaded();
    this.focusNewPages();
  }

  /** The skip link moves the focus itself: a bare `#contenu` href would be a router navigation. */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.document.getElementById('contenu')?.focus();
  }

  protected async logout(): Promise<void> {
    try {
      await this.session.logout();
    } finally {
      await this.router.navigateByUrl('/');
    }
  }

  protected async chooseSpace(spaceId: string): Promise<void> {
    try {
      await this.session.chooseSpace(spaceId);
      await this.router.navigateByUrl('/espace');
    } catch {
      // The choice page says what went wrong and lets the person try again.
      await this.router.navigateByUrl('/espace/choisir');
    }
  }

  /**
   * After moving to another page (not on the first one, nor when only the query changes), the
   * focus goes to its title: screen reader users hear where they are, keyboard users start there.
   */
  private focusNewPages(): void {
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects.split(/[?#]/)[0]),
        pairwise(),
        filter(([previous, current]) => previous !== current),
        takeUntilDestroyed(),
      )
      .subscribe(() => afterNextRender(() => this.focusPageTitle(), { injector: this.injector }));
  }

  private focusPageTitle(): void {
    const main = this.document.getElementById('contenu');
    const title = main?.querySelector<HTMLElement>('h1');
    if (title) {
      title.tabIndex = -1;
      title.focus({ preventScroll: false });
    } else {
      main?.focus();
    }
  }
}
