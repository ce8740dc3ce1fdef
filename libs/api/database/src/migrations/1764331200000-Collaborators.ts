import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * « Gérer les comptes »: members of a tiers space get a status (invited until activated within
 * 24 hours, active, deactivated) and rights; collaborators get a sub-portfolio (client_assignment);
 * each administrator owns their own portfolio, so that a new responsible person can receive a
 * whole portfolio (transfer) and an administrator who already has clients can receive another's
 * (merge). The audit trail gets the space it belongs to, for the firm's « Historique ».
 */
export class Collaborators1764331200000 implements MigrationInterface {
  name = 'Collaborators1764331200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE member_status AS ENUM ('invite', 'actif', 'desactive')`);
    await queryRunner.query(`
      ALTER TABLE space_member
        ADD COLUMN status member_status NOT NULL DEFAULT 'actif',
        ADD COLUMN rights text[] NOT NULL DEFAULT '{}',
        ADD COLUMN portfolio_id uuid,
        ADD COLUMN invited_by uuid REFERENCES person (id) ON DELETE SET NULL,
        ADD COLUMN deactivated_at timestamptz,
        ADD CONSTRAINT space_member_rights_known CHECK (
          rights <@ ARRAY['gestion-portefeuille', 'consultation-cotisations', 'declaration-revenus', 'paiement', 'messagerie']::text[])`);
    // No foreign key: the table belongs to the SpaceMember entity and portfolio has none (the
    // schema drift test would drop it); the transfer moves collaborators with their portfolio.
    await queryRunner.query(`CREATE INDEX space_member_portfolio_idx ON space_member (portfolio_id) WHERE portfolio_id IS NOT NULL`);

    // One portfolio per administrator of a space (was: one per space).
    await queryRunner.query(`DROP INDEX portfolio_space_key`);
    await queryRunner.query(`CREATE UNIQUE INDEX portfolio_space_owner_key ON portfolio (space_id, owner_person_id)`);

    // A collaborator's sub-portfolio: the clients (attachments) an administrator gave them.
    await queryRunner.query(`
      CREATE TABLE client_assignment (
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        attachment_id uuid NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
        assigned_by uuid REFERENCES person (id) ON DELETE SET NULL,
        assigned_at timestamptz NOT NULL,
        PRIMARY KEY (person_id, attachment_id)
      )`);
    await queryRunner.query(`CREATE INDEX client_assignment_attachment_idx ON client_assignment (attachment_id)`);

    await queryRunner.query(`ALTER TABLE audit_event ADD COLUMN space_id uuid REFERENCES space (id) ON DELETE CASCADE`);
    await queryRunner.query(`CREATE INDEX audit_event_space_idx ON audit_event (space_id, at DESC, id DESC) WHERE space_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_person_id, at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_event_actor_idx`);
    await queryRunner.query(`ALTER TABLE audit_event DROP COLUMN space_id`);
    await queryRunner.query(`DROP TABLE client_assignment`);
    await queryRunner.query(`DROP INDEX portfolio_space_owner_key`);
    await queryRunner.query(`CREATE UNIQUE INDEX portfolio_space_key ON portfolio (space_id)`);
    await queryRunner.query(`
      ALTER TABLE space_member DROP COLUMN status, DROP COLUMN rights, DROP COLUMN portfolio_id,
        DROP COLUMN invited_by, DROP COLUMN deactivated_at`);
    await queryRunner.query(`DROP TYPE member_status`);
  }
}
