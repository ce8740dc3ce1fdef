import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { SituationChange, SituationTable } from '@portail/domain';
import { describeApiError } from '@portail/portal-forms';
import { Notice, PageHeading } from '@portail/portal-ui';
import { SituationTableView } from '../answer/situation-table';
import { HelpApi } from '../help-api';
import { completed, ruleOf } from './situation-wording';

/**
 * `aide/changement-de-situation` (public): the seed's « Quel changement ? » / « quel
 * interlocuteur ? » table as a guide: the person picks a change and reads whom to tell, by when
 * and how, with the portal's screens that help. The choice is kept in the address
 * (`?changement=deces`), so that it can be shared.
 */
@Component({
  selector: 'pt-situation-guide-page',
  imports: [RouterLink, MatButton, MatRadioGroup, MatRadioButton, Notice, PageHeading, SituationTableView],
  templateUrl: './situation-guide-page.html',
  styleUrl: './situation-guide-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SituationGuidePage {
  /** The query parameter `changement`: the id of the change shown. */
  readonly changement = input<string>();

  private readonly api = inject(HelpApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly help = rxResource({ stream: () => this.api.getHelpCentre() });
  protected readonly loadError = computed(() => {
    const error = this.help.error();
    return error ? describeApiError(error) : null;
  });
  protected readonly guide = computed(() => (this.help.hasValue() ? this.help.value().situationGuide : null));
  protected readonly selected = computed(
    () => this.guide()?.changes.find((change) => change.id === this.changement()) ?? null,
  );
  /** The FAQ's whole table, under the guide. */
  protected readonly table = computed<SituationTable | null>(() => {
    for (const theme of this.help.value()?.themes ?? []) {
      for (const question of theme.questions) {
        const block = question.answer.find((candidate) => candidate.kind === 'situation-table');
        if (block?.kind === 'situation-table') return block.table;
      }
    }
    return null;
  });
  protected readonly ruleOf = ruleOf;
  protected readonly completed = completed;

  protected choose(changeId: string): void {
    // Only the query changes: the shell leaves the focus on the radio button.
    void this.router.navigate([], { relativeTo: this.route, queryParams: { changement: changeId }, replaceUrl: true });
  }

  protected questionOf(change: SituationChange): string {
    const questions = this.help.value()?.themes.flatMap((theme) => theme.questions) ?? [];
    return questions.find((question) => question.id === change.questionId)?.question ?? '';
  }
}
