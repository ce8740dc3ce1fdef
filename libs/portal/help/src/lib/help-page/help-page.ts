import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { HelpQuestion, HelpTheme, HelpVote, HelpVotes } from '@portail/domain';
import { describeApiError } from '@portail/portal-forms';
import { SessionStore } from '@portail/portal-identity';
import { Notice, PageHeading } from '@portail/portal-ui';
import { HelpApi } from '../help-api';
import { matches, resultsSentence, searchKeyOf } from '../search/help-search';
import { HelpQuestionItem, questionButtonId } from './help-question';

interface ShownTheme {
  theme: HelpTheme;
  questions: HelpQuestion[];
}

/** The element id of a theme's heading, and the fragment that leads to it (/aide#theme-…). */
export function themeAnchor(themeId: string): string {
  return `theme-${themeId}`;
}

/**
 * `aide` and `aide/questions/:questionId` (public): the FAQ by theme, searchable, each question
 * opening its answer and « La réponse à cette question vous a-t-elle été utile ? ». A deep link
 * opens its question and puts the focus on it.
 */
@Component({
  selector: 'pt-help-page',
  imports: [RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatInput, Notice, PageHeading, HelpQuestionItem],
  templateUrl: './help-page.html',
  styleUrl: './help-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HelpPage {
  /** The route parameter of /aide/questions/:questionId. */
  readonly questionId = input<string>();

  private readonly api = inject(HelpApi);
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly fragment = inject(ActivatedRoute).snapshot.fragment;

  protected readonly help = rxResource({ stream: () => this.api.getHelpCentre() });
  protected readonly loadError = computed(() => {
    const error = this.help.error();
    return error ? describeApiError(error) : null;
  });

  /** null until the session is known: the vote shows neither buttons nor « Connectez-vous » yet. */
  protected readonly signedIn = computed(() => (this.session.loaded() ? this.session.session() !== null : null));
  private readonly savedVotes = rxResource({
    params: () => this.session.session()?.person.id,
    stream: () => this.api.getVotes(),
  });
  /** The votes read, plus those given since (the API's answer to each vote). */
  protected readonly votes = linkedSignal<HelpVotes>(() => (this.savedVotes.hasValue() ? this.savedVotes.value() : {}));

  protected readonly query = signal('');
  private readonly searchKeys = computed(() => {
    const themes = this.help.hasValue() ? this.help.value().themes : [];
    return new Map(themes.flatMap((theme) => theme.questions).map((question) => [question.id, searchKeyOf(question)]));
  });
  /** The themes with the questions the search keeps (all of them without a search). */
  protected readonly shownThemes = computed<ShownTheme[]>(() => {
    if (!this.help.hasValue()) return [];
    const query = this.query();
    const keys = this.searchKeys();
    return this.help
      .value()
      .themes.map((theme) => ({
        theme,
        questions: theme.questions.filter((question) => matches(keys.get(question.id) ?? '', query)),
      }))
      .filter((shown) => shown.questions.length > 0);
  });
  protected readonly announcement = computed(() => {
    if (this.query().trim() === '') return '';
    return resultsSentence(this.shownThemes().reduce((total, shown) => total + shown.questions.length, 0));
  });

  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly unknownQuestion = signal(false);
  protected readonly themeAnchor = themeAnchor;

  constructor() {
    void this.session.ensureLoaded();
    effect(() => {
      const questionId = this.questionId();
      if (this.help.hasValue()) untracked(() => this.arrive(questionId));
    });
  }

  protected search(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }

  protected toggle(questionId: string): void {
    this.expanded.update((expanded) => {
      const next = new Set(expanded);
      if (!next.delete(questionId)) next.add(questionId);
      return next;
    });
  }

  protected remember(vote: HelpVote): void {
    this.votes.update((votes) => ({ ...votes, [vote.questionId]: vote.useful }));
  }

  /** The vote was given elsewhere (another tab): the buttons give way to it. */
  protected readVotesAgain(): void {
    this.savedVotes.reload();
  }

  /** A real link (it can open in a new tab), but here the focus moves to the theme's heading. */
  protected goToTheme(event: Event, themeId: string): void {
    event.preventDefault();
    this.focus(themeAnchor(themeId));
  }

  /** /aide/questions/<id> opens that question; /aide#theme-… goes to the theme. */
  private arrive(questionId: string | undefined): void {
    if (!questionId) {
      if (this.fragment) afterNextRender(() => this.focus(this.fragment ?? ''), { injector: this.injector });
      return;
    }
    const known = this.help
      .value()
      ?.themes.some((theme) => theme.questions.some((question) => question.id === questionId));
    this.unknownQuestion.set(!known);
    if (!known) return;
    this.expanded.update((expanded) => new Set(expanded).add(questionId));
    afterNextRender(() => this.focus(questionButtonId(questionId)), { injector: this.injector });
  }

  /** focus() also scrolls the element into view. */
  private focus(elementId: string): void {
    const element = this.document.getElementById(elementId);
    if (!element) return;
    if (element.tagName !== 'BUTTON' && element.tagName !== 'A') element.tabIndex = -1;
    element.focus();
  }
}
