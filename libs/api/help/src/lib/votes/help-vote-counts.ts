import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HelpVoteCount } from '@portail/domain';
import { DataSource } from 'typeorm';
import { QUESTIONS_IN_ORDER } from '../faq/help-questions';

/**
 * The « oui » / « non » counts of every question, for the trainer's console (the sandbox lends it
 * its Formateur-only route). Questions nobody voted on show zeros; votes on a question the help
 * centre no longer has are left out.
 */
@Injectable()
export class HelpVoteCounts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<HelpVoteCount[]> {
    const rows: { question_id: string; useful: number; not_useful: number }[] = await this.dataSource.query(
      `SELECT question_id, count(*) FILTER (WHERE useful)::int AS useful, count(*) FILTER (WHERE NOT useful)::int AS not_useful
         FROM help_vote GROUP BY question_id`,
    );
    const counted = new Map(rows.map((row) => [row.question_id, row]));
    return QUESTIONS_IN_ORDER.map(({ question, theme }) => ({
      questionId: question.id,
      question: question.question,
      themeId: theme.id,
      theme: theme.title,
      useful: counted.get(question.id)?.useful ?? 0,
      notUseful: counted.get(question.id)?.not_useful ?? 0,
    }));
  }
}
