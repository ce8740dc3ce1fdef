import { MigrationInterface, QueryRunner } from 'typeorm';

/** « La réponse à cette question vous a-t-elle été utile ? » (#7): one vote per person and question. */
export class HelpVotes1764432120000 implements MigrationInterface {
  name = 'HelpVotes1764432120000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The primary key is the rule « one vote per person and question »: a second INSERT conflicts.
    // question_id is the slug of the help centre's content (libs/api/help), not a table of ours.
    await queryRunner.query(`
      CREATE TABLE help_vote (
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        question_id text NOT NULL CHECK (char_length(question_id) BETWEEN 1 AND 100),
        useful boolean NOT NULL,
        voted_at timestamptz NOT NULL,
        PRIMARY KEY (person_id, question_id)
      )`);
    // The trainer's counts group by question.
    await queryRunner.query(`CREATE INDEX help_vote_question_idx ON help_vote (question_id, useful)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE help_vote`);
  }
}
