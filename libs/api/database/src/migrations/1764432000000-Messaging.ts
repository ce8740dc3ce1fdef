import { MigrationInterface, QueryRunner } from 'typeorm';

/** « Messagerie » (#7): threads between a space and its Urssaf, their messages, who read what. */
export class Messaging1764432000000 implements MigrationInterface {
  name = 'Messaging1764432000000';

  async up(_queryRunner: QueryRunner): Promise<void> {
    // Filled in by #7.
  }

  async down(_queryRunner: QueryRunner): Promise<void> {
    // Filled in by #7.
  }
}
