import { MigrationInterface, QueryRunner } from 'typeorm';

/** « La réponse à cette question vous a-t-elle été utile ? » (#7): one vote per person and question. */
export class HelpVotes1764432120000 implements MigrationInterface {
  name = 'HelpVotes1764432120000';

  async up(_queryRunner: QueryRunner): Promise<void> {
    // Filled in by #7.
  }

  async down(_queryRunner: QueryRunner): Promise<void> {
    // Filled in by #7.
  }
}
