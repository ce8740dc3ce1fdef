import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A year's regularisations (#13) are its instalments numbered from 13: the balance a declaration
 * leaves once the 12 monthly instalments are paid, called on its own.
 */
export class Regularisation1765065600000 implements MigrationInterface {
  name = 'Regularisation1765065600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE instalment DROP CONSTRAINT instalment_number_check`);
    await queryRunner.query(`ALTER TABLE instalment ADD CONSTRAINT instalment_number_check CHECK (number >= 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM instalment WHERE number > 12`);
    await queryRunner.query(`ALTER TABLE instalment DROP CONSTRAINT instalment_number_check`);
    await queryRunner.query(`ALTER TABLE instalment ADD CONSTRAINT instalment_number_check CHECK (number BETWEEN 1 AND 12)`);
  }
}
