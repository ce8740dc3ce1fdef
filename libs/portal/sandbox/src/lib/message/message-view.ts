import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink, UrlTree } from '@angular/router';
import type { MessageLink, OutboundMessageDetail } from '@portail/domain';
import { formatDateTime } from '@portail/portal-ui';
import { toParagraphs } from './paragraphs';

interface DisplayedLink {
  label: string;
  /** Set for a path of the portal: followed by the router, without reloading the page. */
  route: UrlTree | null;
  /** Set for an absolute http(s) address. */
  href: string | null;
}

/**
 * One simulated e-mail or letter. The body is plain text: it is only ever interpolated,
 * never bound to innerHTML, so `<b>` in a body shows as typed.
 */
@Component({
  selector: 'pt-message-view',
  imports: [RouterLink, MatButton],
  templateUrl: './message-view.html',
  styleUrl: './message-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageView {
  readonly message = input.required<OutboundMessageDetail>();

  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly isLetter = computed(() => this.message().kind === 'letter');
  protected readonly sentAt = computed(() => formatDateTime(this.message().createdAt));
  protected readonly paragraphs = computed(() => toParagraphs(this.message().body));
  protected readonly postalAddress = computed(() => this.message().postalAddress ?? []);
  protected readonly links = computed(() => this.message().links.map((link) => this.toDisplayedLink(link)));

  protected printLetter(): void {
    this.document.defaultView?.print();
  }

  private toDisplayedLink({ label, href }: MessageLink): DisplayedLink {
    // '//host' is another site, not a path of the portal.
    if (href.startsWith('/') && !href.startsWith('//')) {
      return { label, route: this.router.parseUrl(href), href: null };
    }
    return { label, route: null, href: /^https?:\/\//i.test(href) ? href : null };
  }
}
