import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1764288000000 implements MigrationInterface {
  name = 'Identity1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE backoffice_role AS ENUM ('conseiller', 'formateur')`);
    await queryRunner.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        civility text,
        first_name text NOT NULL,
        last_name text NOT NULL,
        phone text,
        nir text,
        password_hash text,
        password_provisional boolean NOT NULL DEFAULT false,
        email_verified_at timestamptz,
        backoffice_role backoffice_role,
        migrated_from_secu boolean NOT NULL DEFAULT false,
        failed_login_streak integer NOT NULL DEFAULT 0,
        login_blocked_until timestamptz,
        created_at timestamptz NOT NULL
      )`);
    // One person per address, whatever the case of its letters.
    await queryRunner.query(`CREATE UNIQUE INDEX person_email_key ON person (lower(email))`);
    await queryRunner.query(`CREATE UNIQUE INDEX person_nir_key ON person (nir) WHERE nir IS NOT NULL`);

    await queryRunner.query(`CREATE TYPE space_kind AS ENUM ('tiers', 'travailleur-independant', 'employeur')`);
    await queryRunner.query(`CREATE TYPE space_status AS ENUM ('en-attente-parametrage', 'actif')`);
    await queryRunner.query(`
      CREATE TABLE space (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind space_kind NOT NULL,
        name text NOT NULL,
        siret text,
        category text,
        status space_status NOT NULL,
        created_at timestamptz NOT NULL,
        finalised_at timestamptz,
        finalised_by uuid REFERENCES person (id)
      )`);
    // A SIRET registers one tiers space only.
    await queryRunner.query(`CREATE UNIQUE INDEX space_tiers_siret_key ON space (siret) WHERE kind = 'tiers'`);

    await queryRunner.query(`CREATE TYPE space_role AS ENUM ('administrateur', 'collaborateur', 'titulaire')`);
    await queryRunner.query(`
      CREATE TABLE space_member (
        space_id uuid NOT NULL REFERENCES space (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        role space_role NOT NULL,
        is_primary boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (space_id, person_id)
      )`);
    // The account a SIRET login opens: the space's primary administrator.
    await queryRunner.query(`CREATE UNIQUE INDEX space_member_primary_key ON space_member (space_id) WHERE is_primary`);
    await queryRunner.query(`CREATE INDEX space_member_person_idx ON space_member (person_id)`);

    await queryRunner.query(
      `CREATE TYPE token_purpose AS ENUM ('email-validation', 'password-creation', 'password-reset', 'activation')`,
    );
    // Only the SHA-256 of a token is kept: a copy of the table opens nothing.
    await queryRunner.query(`
      CREATE TABLE one_time_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose token_purpose NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX one_time_token_person_idx ON one_time_token (person_id, purpose)`);

    await queryRunner.query(`
      CREATE TABLE session (
        id_hash bytea PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        space_id uuid REFERENCES space (id) ON DELETE SET NULL,
        must_change_password boolean NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX session_person_idx ON session (person_id)`);

    // Failed logins of the last 24 hours (CNIL: at most 25 a day per account) and per address.
    await queryRunner.query(`
      CREATE TABLE login_failure (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        person_id uuid REFERENCES person (id) ON DELETE CASCADE,
        at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX login_failure_person_idx ON login_failure (person_id, at)`);
    await queryRunner.query(`
      CREATE TABLE rate_limit_hit (
        bucket text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (bucket, window_start)
      )`);

    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_person_id uuid REFERENCES person (id) ON DELETE SET NULL,
        kind text NOT NULL,
        subject_type text,
        subject_id text,
        details jsonb NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX audit_event_at_idx ON audit_event (at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_event', 'rate_limit_hit', 'login_failure', 'session', 'one_time_token', 'space_member', 'space', 'person']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    for (const type of ['token_purpose', 'space_role', 'space_status', 'space_kind', 'backoffice_role']) {
      await queryRunner.query(`DROP TYPE ${type}`);
    }
  }
}
