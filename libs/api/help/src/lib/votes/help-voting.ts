import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@portail/api-core';
import { HELP_ALREADY_VOTED, type HelpVote, type HelpVotes } from '@portail/domain';
import { DataSource } from 'typeorm';
import { requireQuestion } from '../faq/help-questions';

/** « La réponse à cette question vous a-t-elle été utile ? »: one vote per person and question, never changed. */
@Injectable()
export class HelpVoting {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * One statement: two votes of the same person sent together (two tabs, a double click) leave one
   * row, the other answers 409. The primary key decides, not a read before the write.
   */
  async vote(personId: string, questionId: string, useful: boolean): Promise<HelpVote> {
    requireQuestion(questionId);
    const votedAt = await this.clock.now();
    const inserted: { voted_at: Date }[] = await this.dataSource.query(
      `INSERT INTO help_vote (person_id, question_id, useful, voted_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (person_id, question_id) DO NOTHING
       RETURNING voted_at`,
      [personId, questionId, useful, votedAt],
    );
    if (inserted.length === 0) throw new ConflictException(HELP_ALREADY_VOTED);
    return { questionId, useful, votedAt: inserted[0].voted_at.toISOString() };
  }

  /** The caller's votes, by question id. */
  async votesOf(personId: string): Promise<HelpVotes> {
    const rows: { question_id: string; useful: boolean }[] = await this.dataSource.query(
      `SELECT question_id, useful FROM help_vote WHERE person_id = $1`,
      [personId],
    );
    return Object.fromEntries(rows.map((row) => [row.question_id, row.useful]));
  }
}
