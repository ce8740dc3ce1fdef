import { Injectable } from '@nestjs/common';
import { Clock } from '@portail/api-core';
import { PasswordHasher } from '@portail/api-identity';
import type { EntityManager } from 'typeorm';
import { SANDBOX_PERSONAS, type SandboxPersona } from './sandbox-personas';

/** Creates the seeded personas that do not exist yet (by e-mail); never touches existing ones. */
@Injectable()
export class SandboxPersonaSeed {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async seed(transaction: EntityManager): Promise<void> {
    for (const persona of SANDBOX_PERSONAS) {
      const existing: unknown[] = await transaction.query(`SELECT 1 FROM person WHERE lower(email) = lower($1)`, [persona.email]);
      if (existing.length === 0) await this.create(transaction, persona);
    }
  }

  private async create(transaction: EntityManager, persona: SandboxPersona): Promise<void> {
    const now = await this.clock.now(transaction);
    const [{ id: personId }]: { id: string }[] = await transaction.query(
      `INSERT INTO person (email, civility, first_name, last_name, nir, password_hash, password_provisional,
                           email_verified_at, backoffice_role, migrated_from_secu, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $8) RETURNING id`,
      [
        persona.email,
        persona.civility,
        persona.firstName,
        persona.lastName,
        persona.nir ?? null,
        await this.hasher.hash(persona.password),
        persona.provisional ?? false,
        now,
        persona.backofficeRole ?? null,
        persona.migratedFromSecu ?? false,
      ],
    );
    for (const space of persona.spaces) {
      const [{ id: spaceId }]: { id: string }[] = await transaction.query(
        `INSERT INTO space (kind, name, siret, category, status, created_at, finalised_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          space.kind,
          space.name,
          space.siret ?? null,
          space.kind === 'tiers' ? 'expert-comptable' : null,
          space.status,
          now,
          space.status === 'actif' ? now : null,
        ],
      );
      await transaction.query(
        `INSERT INTO space_member (space_id, person_id, role, is_primary, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [spaceId, personId, space.kind === 'tiers' ? 'administrateur' : 'titulaire', space.kind === 'tiers', now],
      );
    }
  }
}
