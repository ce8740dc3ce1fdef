import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { PageHeading } from '@portail/portal-ui';
import { ClockPanel } from './clock/clock-panel';
import { FaultsPanel } from './faults/faults-panel';
import { HelpVotesPanel } from './help-votes/help-votes-panel';
import { PersonasPanel } from './personas/personas-panel';
import { ScenariosPanel } from './scenarios/scenarios-panel';
import { TraineesPanel } from './trainees/trainees-panel';

/** The tabs, by their name in the address (`?onglet=stagiaires`): a trainer can bookmark one. */
export const CONSOLE_TABS = ['horloge', 'scenarios', 'personnages', 'stagiaires', 'incidents', 'questions-reponses'] as const;
type ConsoleTab = (typeof CONSOLE_TABS)[number];

/**
 * `bac-a-sable/console`: the trainer's tools, one tab each. A tab's content is only created when
 * it is shown, so that opening the console reads the clock and nothing else.
 */
@Component({
  selector: 'pt-console-page',
  imports: [
    RouterLink,
    MatTabGroup,
    MatTab,
    MatTabContent,
    PageHeading,
    ClockPanel,
    ScenariosPanel,
    PersonasPanel,
    TraineesPanel,
    FaultsPanel,
    HelpVotesPanel,
  ],
  templateUrl: './console-page.html',
  styleUrl: './console-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsolePage {
  /** The query parameter `onglet`. */
  readonly onglet = input<string>();

  private readonly router = inject(Router);

  protected readonly selectedIndex = computed(() =>
    Math.max(0, CONSOLE_TABS.indexOf((this.onglet() ?? 'horloge') as ConsoleTab)),
  );

  protected selectTab(index: number): void {
    // Only the query changes: the shell leaves the focus on the tab (it moves it on new pages only).
    void this.router.navigate([], { queryParams: { onglet: CONSOLE_TABS[index] }, replaceUrl: true });
  }
}
