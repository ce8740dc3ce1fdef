import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764259200000 implements MigrationInterface {
  name = 'Foundation1764259200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row: the sandbox clock is shared by every API instance, so it lives in the database.
    await queryRunner.query(`
      CREATE TABLE sandbox_clock (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        offset_ms bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`INSERT INTO sandbox_clock (id, offset_ms) VALUES (1, 0)`);

    await queryRunner.query(`CREATE TYPE outbound_message_kind AS ENUM ('email', 'letter')`);
    await queryRunner.query(`
      CREATE TABLE outbound_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind outbound_message_kind NOT NULL,
        recipient text NOT NULL,
        postal_address text[],
        subject text NOT NULL,
        body text NOT NULL,
        links jsonb NOT NULL,
        related_entity_type text,
        related_entity_id text,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz
      )`);
    // The simulated mailbox reads newest first, per recipient or per kind, by keyset.
    await queryRunner.query(
      `CREATE INDEX outbound_message_recipient_idx ON outbound_message (kind, recipient, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX outbound_message_kind_idx ON outbound_message (kind, created_at DESC, id DESC)`,
    );
    // The SMTP relay only ever looks for e-mails not yet delivered.
    await queryRunner.query(
      `CREATE INDEX outbound_message_undelivered_idx ON outbound_message (created_at, id) WHERE kind = 'email' AND delivered_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbound_message`);
    await queryRunner.query(`DROP TYPE outbound_message_kind`);
    await queryRunner.query(`DROP TABLE sandbox_clock`);
  }
}
