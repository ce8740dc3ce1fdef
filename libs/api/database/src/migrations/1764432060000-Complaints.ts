import { MigrationInterface, QueryRunner } from 'typeorm';

/** Réclamations and médiateur du CPSTI requests (#7), with the mediation's steps. */
export class Complaints1764432060000 implements MigrationInterface {
  name = 'Complaints1764432060000';

  async up(_queryRunner: QueryRunner): Promise<void> {
    // Filled in by #7.
  }

  async down(_queryRunner: QueryRunner): Promise<void> {
    // Filled in by #7.
  }
}
