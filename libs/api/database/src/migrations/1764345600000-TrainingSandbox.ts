import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trainer's console (#6): sessions opened « en tant que » a persona, bounced e-mails and
 * lost letters, armed faults, the class of trainees, and the scenario resets with their progress.
 */
export class TrainingSandbox1764345600000 implements MigrationInterface {
  name = 'TrainingSandbox1764345600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The Formateur who opened this session with « Agir en tant que »: the way back to the console.
    await queryRunner.query(`ALTER TABLE session ADD COLUMN trainer_person_id uuid REFERENCES person (id) ON DELETE CASCADE`);

    await queryRunner.query(`ALTER TABLE outbound_message ADD COLUMN bounced_at timestamptz, ADD COLUMN lost_at timestamptz`);
    // « Is this address unreachable? » reads the newest e-mail to it.
    await queryRunner.query(
      `CREATE INDEX outbound_message_email_recipient_idx ON outbound_message (lower(recipient), created_at DESC) WHERE kind = 'email'`,
    );

    // A direct debit rejected by the bank (fault injected by the trainer): the instalment stays due.
    await queryRunner.query(`ALTER TABLE instalment ADD COLUMN debit_rejected_at timestamptz`);

    // An armed fault is a row; the action it targets deletes it in its own transaction (takes effect once).
    await queryRunner.query(`
      CREATE TABLE sandbox_fault (
        kind text PRIMARY KEY CHECK (kind IN ('email-bounce', 'letter-lost', 'card-declined', 'debit-declined')),
        armed_at timestamptz NOT NULL
      )`);

    // The class: kept across resets, recreated in every scenario with the same identifiers.
    await queryRunner.query(`
      CREATE TABLE sandbox_trainee (
        number integer PRIMARY KEY CHECK (number BETWEEN 1 AND 60),
        email text NOT NULL UNIQUE,
        password text NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL,
        firm_name text NOT NULL,
        siret text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL
      )`);

    // Resets and their progress, written outside the reset's transaction so that every API
    // instance can answer the progress bar. At most one in progress.
    await queryRunner.query(`
      CREATE TABLE sandbox_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scenario text NOT NULL CHECK (scenario IN ('decouverte', 'demarrage', 'cabinet-etabli', 'migration', 'cas-erreurs')),
        status text NOT NULL CHECK (status IN ('en-cours', 'terminee', 'echec')),
        step integer NOT NULL DEFAULT 0,
        total_steps integer NOT NULL,
        label text NOT NULL,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        duration_ms integer,
        error text,
        started_by uuid REFERENCES person (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX sandbox_reset_one_running ON sandbox_reset ((true)) WHERE status = 'en-cours'`);
    await queryRunner.query(`CREATE INDEX sandbox_reset_started_idx ON sandbox_reset (started_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sandbox_reset`);
    await queryRunner.query(`DROP TABLE sandbox_trainee`);
    await queryRunner.query(`DROP TABLE sandbox_fault`);
    await queryRunner.query(`ALTER TABLE instalment DROP COLUMN debit_rejected_at`);
    await queryRunner.query(`DROP INDEX outbound_message_email_recipient_idx`);
    await queryRunner.query(`ALTER TABLE outbound_message DROP COLUMN bounced_at, DROP COLUMN lost_at`);
    await queryRunner.query(`ALTER TABLE session DROP COLUMN trainer_person_id`);
  }
}
