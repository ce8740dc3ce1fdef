import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { HELP_VOTE_PROMPT, type HelpVote } from '@portail/domain';
import { RequestState, describeApiError, httpStatusOf } from '@portail/portal-forms';
import { HelpApi } from '../help-api';

export const THANKS = 'Merci pour votre réponse.';

/**
 * « La réponse à cette question vous a-t-elle été utile ? » « Oui » / « Non »: once per person
 * and question. Signed in, the buttons give way to the vote given; anonymous, an invitation to
 * sign in that brings the person back to this question.
 */
@Component({
  selector: 'pt-question-vote',
  imports: [MatButton, RouterLink],
  templateUrl: './question-vote.html',
  styleUrl: './question-vote.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionVote {
  readonly questionId = input.required<string>();
  /** null while the session is not known yet. */
  readonly signedIn = input.required<boolean | null>();
  /** The vote already given (undefined: none). */
  readonly given = input<boolean | undefined>(undefined);
  /** 201: the vote to keep. */
  readonly voted = output<HelpVote>();
  /** 409: a vote was given elsewhere (another tab): the page reads the votes again. */
  readonly alreadyGiven = output<void>();

  private readonly api = inject(HelpApi);
  private readonly injector = inject(Injector);
  private readonly request = new RequestState();
  private readonly givenLine = viewChild<ElementRef<HTMLElement>>('givenLine');

  protected readonly prompt = HELP_VOTE_PROMPT;
  protected readonly pending = this.request.pending;
  protected readonly failure = this.request.failure;
  protected readonly thanked = signal(false);
  protected readonly promptId = computed(() => `vote-${this.questionId()}`);
  protected readonly returnUrl = computed(() => `/aide/questions/${this.questionId()}`);

  protected async vote(useful: boolean): Promise<void> {
    if (this.pending()) return;
    const outcome = await this.request.run(this.api.vote(this.questionId(), useful));
    if (outcome.ok) {
      this.thanked.set(true);
      this.voted.emit(outcome.value);
      // The buttons are gone: the focus goes to the vote given rather than to the page's top.
      afterNextRender(() => this.givenLine()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    this.failure.set(describeApiError(outcome.error));
    if (httpStatusOf(outcome.error) === 409) this.alreadyGiven.emit();
  }
}
