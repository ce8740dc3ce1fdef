import { MigrationInterface, QueryRunner } from 'typeorm';

/** Réclamations and médiateur du CPSTI requests (#7), with the mediation's steps. */
export class Complaints1764432060000 implements MigrationInterface {
  name = 'Complaints1764432060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The numbers of « REC-2027-000042 » and « MED-2027-000007 »: never reused, even across resets.
    await queryRunner.query(`CREATE SEQUENCE complaint_reference_seq`);
    await queryRunner.query(`CREATE SEQUENCE mediation_reference_seq`);

    // A réclamation belongs to a space (the TI's, or a firm's); the filer gets the e-mails.
    await queryRunner.query(`
      CREATE TABLE complaint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        space_id uuid NOT NULL REFERENCES space (id) ON DELETE CASCADE,
        filed_by_person_id uuid REFERENCES person (id) ON DELETE SET NULL,
        topic text NOT NULL CHECK (topic IN ('cotisations', 'sante', 'retraite')),
        subject text NOT NULL,
        body text NOT NULL,
        received_at timestamptz NOT NULL,
        answer text,
        answered_at timestamptz,
        answered_by_person_id uuid REFERENCES person (id) ON DELETE SET NULL,
        CHECK ((answer IS NULL) = (answered_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX complaint_space_idx ON complaint (space_id, received_at DESC)`);
    // The Conseiller's queue: unanswered first, newest first.
    await queryRunner.query(`CREATE INDEX complaint_queue_idx ON complaint ((answered_at IS NOT NULL), received_at DESC)`);

    // Litigation and control are not stored: a request declaring either is refused, never kept.
    await queryRunner.query(`
      CREATE TABLE mediation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        space_id uuid NOT NULL REFERENCES space (id) ON DELETE CASCADE,
        complaint_id uuid NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
        filed_by_person_id uuid REFERENCES person (id) ON DELETE SET NULL,
        domain text NOT NULL CHECK (domain IN ('affiliation', 'recouvrement', 'prestations', 'qualite-de-service')),
        answer_unsatisfactory boolean NOT NULL,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('recue', 'recevable', 'reorientee', 'analyse', 'recommandation', 'arretee')),
        filed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX mediation_space_idx ON mediation (space_id, filed_at DESC)`);
    // One mediation in progress per réclamation; a stopped or finished one may be followed by another.
    await queryRunner.query(
      `CREATE UNIQUE INDEX mediation_one_open_per_complaint ON mediation (complaint_id) WHERE status IN ('recue', 'recevable', 'analyse')`,
    );
    await queryRunner.query(`CREATE INDEX mediation_queue_idx ON mediation (filed_at DESC)`);

    // The history: one row per step, in the order the row lock of the mediation gave them.
    await queryRunner.query(`
      CREATE TABLE mediation_step (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        mediation_id uuid NOT NULL REFERENCES mediation (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('recue', 'recevable', 'reorientee', 'analyse', 'recommandation', 'arretee')),
        at timestamptz NOT NULL,
        text text,
        actor_person_id uuid REFERENCES person (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX mediation_step_mediation_idx ON mediation_step (mediation_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mediation_step`);
    await queryRunner.query(`DROP TABLE mediation`);
    await queryRunner.query(`DROP TABLE complaint`);
    await queryRunner.query(`DROP SEQUENCE mediation_reference_seq`);
    await queryRunner.query(`DROP SEQUENCE complaint_reference_seq`);
  }
}
