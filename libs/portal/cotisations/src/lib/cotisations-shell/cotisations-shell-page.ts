import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { FirmRight, MandateNotice } from '@portail/domain';
import { injectCurrentRights } from '@portail/portal-identity';
import { Notice, PageHeading } from '@portail/portal-ui';
import { combineLatest, map } from 'rxjs';
import { CotisationsApi } from '../cotisations-api';
import { formatDay, formatSiren } from '../cotisations-format';
import { type CotisationsScope, cotisationsBaseUrl, cotisationsScopeOf } from '../cotisations-scope';
import { CotisationsStore } from '../cotisations-store';

/** The FAQ's « sous-rubriques », in the order of the real portal. */
const SECTIONS: readonly { path: string; label: string; right?: FirmRight }[] = [
  { path: 'echeancier', label: 'Échéancier' },
  { path: 'revenus', label: 'Revenus' },
  { path: 'paiements', label: 'Paiements', right: 'paiement' },
  { path: 'demandes', label: 'Demandes', right: 'declaration-revenus' },
  { path: 'historique', label: 'Historique' },
];

function sameScope(a: CotisationsScope, b: CotisationsScope): boolean {
  return cotisationsBaseUrl(a) === cotisationsBaseUrl(b);
}

/** « Cabinet Lefebvre est votre tiers déclarant depuis le 3 mars 2027. » */
function describeMandate(notice: MandateNotice): string {
  const since = formatDay(notice.since);
  switch (notice.status) {
    case 'rattache':
      return `${notice.firmName} est votre tiers déclarant depuis le ${since}.`;
    case 'en-attente':
      return `${notice.firmName} a demandé à être rattaché à votre compte le ${since}.`;
    case 'bloque':
      return `${notice.firmName} a demandé à être rattaché à votre compte le ${since} ; cette demande est bloquée après trop d’essais du code de sécurité.`;
  }
}

/**
 * « Mes cotisations »: whose account it is, the sub-navigation to the « sous-rubriques », and the
 * sub-page shown. The sub-navigation is a list of links (`aria-current`), not ARIA tabs: each
 * « sous-rubrique » is a page of its own, with its address, its title, and the focus moved to
 * the page's title as after any navigation. The same shell serves an accountant's client (« Retour au portefeuille ») and
 * the TI's own space (with the tiers déclarants of their account).
 */
@Component({
  selector: 'pt-cotisations-shell-page',
  imports: [PageHeading, Notice, MatButton, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './cotisations-shell-page.html',
  styleUrl: './cotisations-shell-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CotisationsShellPage {
  private readonly route = inject(ActivatedRoute);
  private readonly api = inject(CotisationsApi);
  private readonly store = inject(CotisationsStore);

  private readonly may = injectCurrentRights();
  /** A collaborator without « Paiement » (or « Déclaration des revenus ») is not offered those sub-pages. */
  protected readonly sections = computed(() => SECTIONS.filter((section) => !section.right || this.may()(section.right)));
  protected readonly formatSiren = formatSiren;

  /** Follows the URL: the router reuses this page when only the client changes. */
  protected readonly scope = toSignal(
    combineLatest(this.route.pathFromRoot.map((ancestor) => ancestor.params)).pipe(
      map(() => cotisationsScopeOf(this.route)),
    ),
    { requireSync: true, equal: sameScope },
  );
  protected readonly overview = this.store.overview;
  protected readonly loadError = this.store.loadError;

  private readonly notices = rxResource({
    params: () => (this.scope().kind === 'me' ? this.scope() : undefined),
    stream: () => this.api.getMandateNotices(),
  });
  protected readonly mandateNotices = computed(() =>
    this.notices.hasValue() ? this.notices.value().map(describeMandate) : [],
  );
  protected readonly noticesUnavailable = computed(() => this.notices.error() !== undefined);

  constructor() {
    effect(() => this.store.open(this.scope()));
  }

  protected retry(): void {
    this.store.reload();
  }
}
