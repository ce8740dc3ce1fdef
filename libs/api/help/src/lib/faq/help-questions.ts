import { NotFoundException } from '@nestjs/common';
import { HELP_UNKNOWN_QUESTION, type HelpQuestion, type HelpTheme } from '@portail/domain';
import { HELP_CENTRE } from './help-centre-content';

export interface QuestionOfTheme {
  question: HelpQuestion;
  theme: HelpTheme;
}

/** Every question with its theme, in the help centre's order. */
export const QUESTIONS_IN_ORDER: readonly QuestionOfTheme[] = HELP_CENTRE.themes.flatMap((theme) =>
  theme.questions.map((question) => ({ question, theme })),
);

const BY_ID = new Map(QUESTIONS_IN_ORDER.map((entry) => [entry.question.id, entry]));
if (BY_ID.size !== QUESTIONS_IN_ORDER.length) throw new Error('Questions-Réponses : deux questions ont le même identifiant.');

/** 404 for an id the help centre does not have (checked before any SQL: any string may come in). */
export function requireQuestion(questionId: string): QuestionOfTheme {
  const found = BY_ID.get(questionId);
  if (!found) throw new NotFoundException(HELP_UNKNOWN_QUESTION);
  return found;
}
