import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { HelpQuestion, HelpVote } from '@portail/domain';
import { AnswerBlocks } from '../answer/answer-blocks';
import { QuestionVote } from '../vote/question-vote';

/**
 * One question of the FAQ: a disclosure button (a heading's only content, so that the headings'
 * list shows the questions) opening its answer and the « utile ? » vote. The answer stays in the
 * page when closed (hidden), so that a vote's outcome is still there when it is opened again.
 */
@Component({
  selector: 'pt-help-question',
  imports: [AnswerBlocks, QuestionVote],
  template: `
    <h3 class="question__title">
      <button
        type="button"
        class="question__toggle"
        [id]="buttonId()"
        [attr.aria-expanded]="expanded()"
        [attr.aria-controls]="answerId()"
        (click)="toggled.emit()"
      >
        <span class="question__marker" aria-hidden="true">{{ expanded() ? '−' : '+' }}</span>
        <span>{{ question().question }}</span>
      </button>
    </h3>
    <div
      class="question__answer"
      role="region"
      [id]="answerId()"
      [attr.aria-labelledby]="buttonId()"
      [hidden]="!expanded()"
    >
      <pt-answer-blocks [blocks]="question().answer" />
      <pt-question-vote
        [questionId]="question().id"
        [signedIn]="signedIn()"
        [given]="given()"
        (voted)="voted.emit($event)"
        (alreadyGiven)="alreadyGiven.emit()"
      />
    </div>
  `,
  styleUrl: './help-question.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HelpQuestionItem {
  readonly question = input.required<HelpQuestion>();
  readonly expanded = input(false);
  readonly signedIn = input.required<boolean | null>();
  readonly given = input<boolean | undefined>(undefined);
  readonly toggled = output<void>();
  readonly voted = output<HelpVote>();
  readonly alreadyGiven = output<void>();

  /** The element ids a deep link (/aide/questions/<id>) focuses. */
  protected readonly buttonId = computed(() => questionButtonId(this.question().id));
  protected readonly answerId = computed(() => `reponse-${this.question().id}`);
}

export function questionButtonId(questionId: string): string {
  return `question-${questionId}`;
}
