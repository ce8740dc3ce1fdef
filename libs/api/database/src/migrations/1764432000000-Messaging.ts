import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * « Messagerie » (#7): threads between a space and its Urssaf, their messages, who read what.
 * No TypeORM entity maps these tables (the area writes raw SQL), so the schema drift test leaves
 * them alone. People may be deleted (a class of trainees): their messages stay, unsigned.
 */
export class Messaging1764432000000 implements MigrationInterface {
  name = 'Messaging1764432000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE message_side AS ENUM ('espace', 'urssaf')`);
    // last_message_at and last_message_side copy the newest message: the lists and the
    // Conseiller's « À traiter » read the thread row alone.
    await queryRunner.query(`
      CREATE TABLE message_thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        space_id uuid NOT NULL REFERENCES space (id) ON DELETE CASCADE,
        subject text NOT NULL,
        created_by_person_id uuid REFERENCES person (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        last_message_at timestamptz NOT NULL,
        last_message_side message_side NOT NULL
      )`);
    // The space's list, newest activity first.
    await queryRunner.query(`CREATE INDEX message_thread_space_idx ON message_thread (space_id, last_message_at DESC, id DESC)`);
    // The Conseiller's lists: every thread newest first, and « À traiter » (the space wrote last).
    await queryRunner.query(`CREATE INDEX message_thread_activity_idx ON message_thread (last_message_at DESC, id DESC)`);
    await queryRunner.query(
      `CREATE INDEX message_thread_waiting_idx ON message_thread (last_message_at, id) WHERE last_message_side = 'espace'`,
    );
    // Deleting a person sets their threads and messages unsigned: indexed, not a scan of every thread.
    await queryRunner.query(
      `CREATE INDEX message_thread_creator_idx ON message_thread (created_by_person_id) WHERE created_by_person_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES message_thread (id) ON DELETE CASCADE,
        side message_side NOT NULL,
        author_person_id uuid REFERENCES person (id) ON DELETE SET NULL,
        body text NOT NULL,
        sent_at timestamptz NOT NULL
      )`);
    // A thread's history in order.
    await queryRunner.query(`CREATE INDEX message_thread_history_idx ON message (thread_id, sent_at, id)`);
    // The unread count: the Urssaf's messages of the space's threads, after each reader's marker.
    await queryRunner.query(`CREATE INDEX message_urssaf_idx ON message (thread_id, sent_at) WHERE side = 'urssaf'`);
    await queryRunner.query(`CREATE INDEX message_author_idx ON message (author_person_id) WHERE author_person_id IS NOT NULL`);

    // One marker per person and thread: everything sent up to read_at is read by that person.
    await queryRunner.query(`
      CREATE TABLE message_read (
        thread_id uuid NOT NULL REFERENCES message_thread (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (person_id, thread_id)
      )`);
    await queryRunner.query(`CREATE INDEX message_read_thread_idx ON message_read (thread_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE message_read`);
    await queryRunner.query(`DROP TABLE message`);
    await queryRunner.query(`DROP TABLE message_thread`);
    await queryRunner.query(`DROP TYPE message_side`);
  }
}
