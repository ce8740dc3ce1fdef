import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink, UrlTree } from '@angular/router';
import { LINK_STATUS_LABELS, type LinkStatus, type MessageLink, type OutboundMessageDetail } from '@portail/domain';
import { formatDateTime } from '@portail/portal-ui';
import { toParagraphs } from './paragraphs';

interface DisplayedLink {
  label: string;
  /** Set for a path of the portal: followed by the router, without reloading the page. */
  route: UrlTree | null;
  /** Set for an absolute http(s) address. */
  href: string | null;
  status: LinkStatus | null;
  statusLabel: string | null;
  /** « Valable jusqu’au … », « Expiré depuis le … ». */
  expiry: string | null;
}

/** When a link's token stops (or stopped) working, worded for its status. */
function expiryOf(status: LinkStatus | undefined, expiresAt: string | undefined): string | null {
  if (!expiresAt) {
    return null;
  }
  const at = formatDateTime(expiresAt);
  switch (status) {
    case 'expire':
      return `Expiré depuis le ${at}`;
    case 'valide':
    case undefined:
      return `Valable jusqu’au ${at}`;
    default:
      return `Échéance : ${at}`;
  }
}

/**
 * One simulated e-mail. The body is plain text: it is only ever interpolated, never bound to
 * innerHTML, so `<b>` in a body shows as typed. Each link says what became of its token (still
 * valid, used, expired, replaced), by the sandbox clock: the trainer sees why a link is refused
 * before the trainee clicks it. The links stay clickable: the refusal is worth showing too.
 */
@Component({
  selector: 'pt-email-view',
  imports: [RouterLink, MatButton],
  templateUrl: './email-view.html',
  styleUrl: './email-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailView {
  readonly message = input.required<OutboundMessageDetail>();

  private readonly router = inject(Router);

  protected readonly sentAt = computed(() => formatDateTime(this.message().createdAt));
  protected readonly paragraphs = computed(() => toParagraphs(this.message().body));
  protected readonly links = computed(() => this.message().links.map((link) => this.toDisplayedLink(link)));

  private toDisplayedLink({ label, href, status, expiresAt }: MessageLink): DisplayedLink {
    const state = {
      label,
      status: status ?? null,
      statusLabel: status ? LINK_STATUS_LABELS[status] : null,
      expiry: expiryOf(status, expiresAt),
    };
    // '//host' is another site, not a path of the portal.
    if (href.startsWith('/') && !href.startsWith('//')) {
      return { ...state, route: this.router.parseUrl(href), href: null };
    }
    return { ...state, route: null, href: /^https?:\/\//i.test(href) ? href : null };
  }
}
