import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { BACKOFFICE_THREADS_LIMIT, type BackofficeThreadFilter, type MessageSide } from '@portail/domain';
import { describeApiError } from '@portail/portal-forms';
import { BackofficeNav } from '@portail/portal-ui/backoffice';
import { Notice, PageHeading, SPACE_KIND_LABELS, formatDateTime } from '@portail/portal-ui';
import { MessagingApi } from '../messaging-api';
import { BACKOFFICE_MESSAGING_URL, backofficeThreadUrlOf, countOf } from '../messaging-links';

/** The query parameter of the list shown: « À traiter » unless `?filtre=toutes`. */
export const FILTER_QUERY_PARAM = 'filtre';

const FILTERS: readonly { value: BackofficeThreadFilter; label: string; heading: string; empty: string }[] = [
  { value: 'a-traiter', label: 'À traiter', heading: 'À traiter', empty: 'Aucune conversation à traiter : chaque espace a reçu une réponse.' },
  { value: 'toutes', label: 'Toutes', heading: 'Toutes les conversations', empty: 'Aucune conversation pour le moment.' },
];

const LAST_WRITER: Record<MessageSide, string> = { espace: 'l’espace', urssaf: 'l’Urssaf' };

/**
 * The Conseiller's Messagerie: « À traiter » (the space wrote last, waiting longest first) and
 * « Toutes » (newest activity first), each conversation with the space it belongs to.
 */
@Component({
  selector: 'pt-backoffice-threads-page',
  imports: [BackofficeNav, PageHeading, Notice, MatButton, RouterLink],
  templateUrl: './backoffice-threads-page.html',
  styleUrl: './backoffice-threads-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BackofficeThreadsPage {
  /** From the query string (`?filtre=toutes`). */
  readonly filtre = input<string>();

  private readonly api = inject(MessagingApi);

  protected readonly filters = FILTERS;
  protected readonly listUrl = BACKOFFICE_MESSAGING_URL;
  protected readonly kindLabels = SPACE_KIND_LABELS;
  protected readonly lastWriter = LAST_WRITER;
  protected readonly limit = BACKOFFICE_THREADS_LIMIT;
  protected readonly threadUrlOf = backofficeThreadUrlOf;
  protected readonly countOf = countOf;
  protected readonly formatDateTime = formatDateTime;

  protected readonly current = computed(() => FILTERS.find((filter) => filter.value === this.filtre()) ?? FILTERS[0]);
  protected readonly threads = rxResource({
    params: () => this.current().value,
    stream: ({ params: filter }) => this.api.getBackofficeThreads(filter),
  });
  protected readonly loadError = computed(() => {
    const error = this.threads.error();
    return error ? describeApiError(error) : null;
  });

  protected queryParamsOf(filter: BackofficeThreadFilter): Record<string, string> {
    return { [FILTER_QUERY_PARAM]: filter };
  }

  protected refresh(): void {
    this.threads.reload();
  }
}
