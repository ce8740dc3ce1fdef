import { MigrationInterface, QueryRunner } from 'typeorm';

export class Portfolio1764316800000 implements MigrationInterface {
  name = 'Portfolio1764316800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The simulated directory of contributors: the Urssaf's side, read by every firm.
    await queryRunner.query(`CREATE TYPE contributor_kind AS ENUM ('entreprise', 'gerant-sans-siret')`);
    await queryRunner.query(`
      CREATE TABLE contributor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind contributor_kind NOT NULL,
        siren text,
        nir text,
        ti_number text NOT NULL,
        civility text NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL,
        trade_name text,
        email text NOT NULL,
        address_line text NOT NULL,
        postal_code text NOT NULL,
        city text NOT NULL,
        secret_question_1 text NOT NULL,
        secret_answer_1_hash text NOT NULL,
        secret_question_2 text NOT NULL,
        secret_answer_2_hash text NOT NULL,
        reference_income_cents bigint NOT NULL,
        person_id uuid REFERENCES person (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT contributor_siren_by_kind CHECK ((kind = 'entreprise') = (siren IS NOT NULL)),
        CONSTRAINT contributor_gerant_nir CHECK (kind = 'entreprise' OR nir IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX contributor_siren_key ON contributor (siren) WHERE siren IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX contributor_nir_key ON contributor (nir) WHERE nir IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX contributor_ti_number_key ON contributor (ti_number)`);
    await queryRunner.query(`CREATE UNIQUE INDEX contributor_person_key ON contributor (person_id) WHERE person_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE establishment (
        siret text PRIMARY KEY,
        contributor_id uuid NOT NULL REFERENCES contributor (id) ON DELETE CASCADE,
        address_line text NOT NULL,
        postal_code text NOT NULL,
        city text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX establishment_contributor_idx ON establishment (contributor_id)`);

    // A portfolio is its own row, owned by one administrator: a transfer changes one row.
    await queryRunner.query(`
      CREATE TABLE portfolio (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        space_id uuid NOT NULL REFERENCES space (id) ON DELETE CASCADE,
        owner_person_id uuid NOT NULL REFERENCES person (id),
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX portfolio_space_key ON portfolio (space_id)`);
    await queryRunner.query(`CREATE INDEX portfolio_owner_idx ON portfolio (owner_person_id)`);

    await queryRunner.query(`CREATE TYPE attachment_status AS ENUM ('en-attente', 'rattache', 'bloque')`);
    // name_key and siren copy the directory's (immutable) name and SIREN so that one index serves
    // each list order of a portfolio; "C" collation so that LIKE 'prefix%' can use it.
    await queryRunner.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        portfolio_id uuid NOT NULL REFERENCES portfolio (id) ON DELETE CASCADE,
        contributor_id uuid NOT NULL REFERENCES contributor (id),
        status attachment_status NOT NULL DEFAULT 'en-attente',
        name_key text COLLATE "C" NOT NULL,
        siren text COLLATE "C",
        security_code_hash text,
        failed_tries smallint NOT NULL DEFAULT 0,
        added_by uuid REFERENCES person (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        attached_at timestamptz,
        CONSTRAINT attachment_failed_tries_range CHECK (failed_tries BETWEEN 0 AND 5)
      )`);
    // A client is at most once in a portfolio, and attached (rattaché) to one portfolio at a time.
    await queryRunner.query(`CREATE UNIQUE INDEX attachment_portfolio_contributor_key ON attachment (portfolio_id, contributor_id)`);
    await queryRunner.query(`CREATE UNIQUE INDEX attachment_single_mandate_key ON attachment (contributor_id) WHERE status = 'rattache'`);
    await queryRunner.query(`CREATE INDEX attachment_contributor_idx ON attachment (contributor_id)`);
    await queryRunner.query(`CREATE INDEX attachment_by_name_idx ON attachment (portfolio_id, name_key, id)`);
    await queryRunner.query(`CREATE INDEX attachment_by_status_name_idx ON attachment (portfolio_id, status, name_key, id)`);
    await queryRunner.query(`CREATE INDEX attachment_by_siren_idx ON attachment (portfolio_id, siren, id)`);
    await queryRunner.query(`CREATE INDEX attachment_by_added_idx ON attachment (portfolio_id, created_at, id)`);
    await queryRunner.query(`CREATE INDEX attachment_by_status_added_idx ON attachment (portfolio_id, status, created_at, id)`);

    // « Mes cotisations ». Every table hangs off the contributor: an accountant reaches it only
    // through an attachment of their portfolio (the scope is checked in SQL by the API).
    await queryRunner.query(`
      CREATE TABLE income_declaration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contributor_id uuid NOT NULL REFERENCES contributor (id) ON DELETE CASCADE,
        year integer NOT NULL,
        income_cents bigint NOT NULL CHECK (income_cents >= 0),
        declared_at timestamptz NOT NULL,
        declared_by_person_id uuid REFERENCES person (id) ON DELETE SET NULL,
        declared_by_label text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX income_declaration_contributor_idx ON income_declaration (contributor_id, year, declared_at)`);
    await queryRunner.query(`
      CREATE TABLE instalment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contributor_id uuid NOT NULL REFERENCES contributor (id) ON DELETE CASCADE,
        year integer NOT NULL,
        number smallint NOT NULL CHECK (number BETWEEN 1 AND 12),
        due_date date NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
        paid_at timestamptz,
        paid_by text CHECK (paid_by IN ('carte', 'telepaiement', 'prelevement'))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX instalment_contributor_year_number_key ON instalment (contributor_id, year, number)`);
    await queryRunner.query(`
      CREATE TABLE sepa_mandate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contributor_id uuid NOT NULL REFERENCES contributor (id) ON DELETE CASCADE,
        holder text NOT NULL,
        iban text NOT NULL,
        reference text NOT NULL,
        signed_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX sepa_mandate_active_key ON sepa_mandate (contributor_id) WHERE revoked_at IS NULL`);
    await queryRunner.query(`CREATE TYPE contribution_request_status AS ENUM ('en-cours', 'acceptee', 'refusee')`);
    await queryRunner.query(`
      CREATE TABLE contribution_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contributor_id uuid NOT NULL REFERENCES contributor (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('delai', 'recalcul')),
        reason text NOT NULL,
        status contribution_request_status NOT NULL DEFAULT 'en-cours',
        created_at timestamptz NOT NULL,
        filed_by_person_id uuid REFERENCES person (id) ON DELETE SET NULL,
        filed_by_label text NOT NULL,
        decided_at timestamptz,
        decided_by uuid REFERENCES person (id) ON DELETE SET NULL,
        decision_comment text
      )`);
    await queryRunner.query(`CREATE INDEX contribution_request_contributor_idx ON contribution_request (contributor_id)`);
    await queryRunner.query(`CREATE INDEX contribution_request_status_idx ON contribution_request (status, created_at)`);
    await queryRunner.query(`
      CREATE TABLE contribution_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        contributor_id uuid NOT NULL REFERENCES contributor (id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        label text NOT NULL,
        amount_cents bigint,
        actor_person_id uuid REFERENCES person (id) ON DELETE SET NULL,
        actor_label text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX contribution_event_contributor_idx ON contribution_event (contributor_id, at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'contribution_event',
      'contribution_request',
      'sepa_mandate',
      'instalment',
      'income_declaration',
      'attachment',
      'portfolio',
      'establishment',
      'contributor',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP TYPE contribution_request_status`);
    await queryRunner.query(`DROP TYPE attachment_status`);
    await queryRunner.query(`DROP TYPE contributor_kind`);
  }
}
