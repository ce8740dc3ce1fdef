import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { HelpVoteCount } from '@portail/domain';
import { describeApiError } from '../../api-error';
import { ErrorNotice } from '../../error-notice/error-notice';
import { HelpVotesApi } from './help-votes-api';

interface ThemeCounts {
  themeId: string;
  theme: string;
  rows: HelpVoteCount[];
}

/** The API's rows (in the help centre's order) as one table per theme. */
export function groupByTheme(counts: readonly HelpVoteCount[]): ThemeCounts[] {
  const themes: ThemeCounts[] = [];
  for (const count of counts) {
    const last = themes.at(-1);
    if (last?.themeId === count.themeId) last.rows.push(count);
    else themes.push({ themeId: count.themeId, theme: count.theme, rows: [count] });
  }
  return themes;
}

/**
 * « Questions-Réponses »: how many people answered « Oui » or « Non » to « La réponse à cette
 * question vous a-t-elle été utile ? », question by question, zeros included.
 */
@Component({
  selector: 'pt-help-votes-panel',
  imports: [MatButton, RouterLink, ErrorNotice],
  templateUrl: './help-votes-panel.html',
  styleUrl: './help-votes-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HelpVotesPanel {
  private readonly api = inject(HelpVotesApi);

  protected readonly read = rxResource({ stream: () => this.api.getCounts() });
  protected readonly loadError = computed(() => {
    const error = this.read.error();
    return error ? describeApiError(error) : null;
  });
  protected readonly themes = computed(() => (this.read.hasValue() ? groupByTheme(this.read.value()) : null));
  protected readonly total = computed(() =>
    this.read.hasValue() ? this.read.value().reduce((sum, count) => sum + count.useful + count.notUseful, 0) : 0,
  );
}
