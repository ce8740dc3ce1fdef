import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counts per status of each portfolio, kept by statement-level triggers: the portfolio page shows
 * them at every visit, and counting 100,000 attachments each time took 13 ms alone and 100 ms
 * under load (docs/PERFORMANCE.md). Set-based: one statement moving 10,000 clients updates each
 * counter once, from the transition tables.
 */
export class PortfolioCounts1764324000000 implements MigrationInterface {
  name = 'PortfolioCounts1764324000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE portfolio_count (
        portfolio_id uuid NOT NULL REFERENCES portfolio (id) ON DELETE CASCADE,
        status attachment_status NOT NULL,
        clients integer NOT NULL,
        PRIMARY KEY (portfolio_id, status)
      )`);
    // Deltas are upserted in (portfolio, status) order, so two transactions never wait for each
    // other's counters in opposite orders. Rows of a portfolio being deleted are skipped (the
    // join): its counters go with it.
    await queryRunner.query(`
      CREATE FUNCTION portfolio_count_apply(delta_sign integer, changed_portfolio uuid[], changed_status attachment_status[])
      RETURNS void LANGUAGE sql AS $$
        INSERT INTO portfolio_count (portfolio_id, status, clients)
        SELECT changed.portfolio_id, changed.status, delta_sign * count(*)
          FROM unnest(changed_portfolio, changed_status) AS changed(portfolio_id, status)
          JOIN portfolio ON portfolio.id = changed.portfolio_id
         GROUP BY changed.portfolio_id, changed.status
         ORDER BY changed.portfolio_id, changed.status
        ON CONFLICT (portfolio_id, status) DO UPDATE SET clients = portfolio_count.clients + EXCLUDED.clients
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION portfolio_count_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM portfolio_count_apply(1, array_agg(portfolio_id), array_agg(status)) FROM inserted;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION portfolio_count_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM portfolio_count_apply(-1, array_agg(portfolio_id), array_agg(status)) FROM deleted;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION portfolio_count_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Only the rows whose portfolio or status changed (a failed try changes neither).
        PERFORM portfolio_count_apply(-1, array_agg(deleted.portfolio_id), array_agg(deleted.status))
           FROM deleted JOIN inserted USING (id)
          WHERE (deleted.portfolio_id, deleted.status) IS DISTINCT FROM (inserted.portfolio_id, inserted.status);
        PERFORM portfolio_count_apply(1, array_agg(inserted.portfolio_id), array_agg(inserted.status))
           FROM deleted JOIN inserted USING (id)
          WHERE (deleted.portfolio_id, deleted.status) IS DISTINCT FROM (inserted.portfolio_id, inserted.status);
        RETURN NULL;
      END $$`);
    // Transition tables allow one event per trigger: three triggers.
    await queryRunner.query(`
      CREATE TRIGGER attachment_counted_on_insert AFTER INSERT ON attachment
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION portfolio_count_on_insert()`);
    await queryRunner.query(`
      CREATE TRIGGER attachment_counted_on_delete AFTER DELETE ON attachment
      REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION portfolio_count_on_delete()`);
    await queryRunner.query(`
      CREATE TRIGGER attachment_counted_on_update AFTER UPDATE ON attachment
      REFERENCING OLD TABLE AS deleted NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION portfolio_count_on_update()`);
    await queryRunner.query(`
      INSERT INTO portfolio_count (portfolio_id, status, clients)
      SELECT portfolio_id, status, count(*) FROM attachment GROUP BY portfolio_id, status`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER attachment_counted_on_update ON attachment`);
    await queryRunner.query(`DROP TRIGGER attachment_counted_on_delete ON attachment`);
    await queryRunner.query(`DROP TRIGGER attachment_counted_on_insert ON attachment`);
    await queryRunner.query(`DROP FUNCTION portfolio_count_on_update(), portfolio_count_on_delete(), portfolio_count_on_insert()`);
    await queryRunner.query(`DROP FUNCTION portfolio_count_apply(integer, uuid[], attachment_status[])`);
    await queryRunner.query(`DROP TABLE portfolio_count`);
  }
}
