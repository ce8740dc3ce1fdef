import { Injectable } from '@nestjs/common';
import { Clock } from '@portail/api-core';
import { contributorName, generatedEntry, nameKey, SANDBOX_DIRECTORY } from '@portail/api-portfolio';
import { PasswordHasher } from '@portail/api-identity';
import type { AttachmentStatus, FirmRight } from '@portail/domain';
import type { EntityManager } from 'typeorm';

interface SeededPortfolio {
  firmSiret: string;
  /** Generated directory entries (by index) and their status in this portfolio. */
  clients: { from: number; count: number; status: AttachmentStatus }[];
  /** Hand-written directory entries (by n° TI) attached to it. */
  attachedTiNumbers?: string[];
  /** Collaborators of the firm, each given the first `clients` attached clients (by name) as sub-portfolio. */
  collaborators?: SeededCollaborator[];
}

export interface SeededCollaborator {
  email: string;
  password: string;
  civility: 'M' | 'Mme';
  firstName: string;
  lastName: string;
  rights: FirmRight[];
  clients: number;
}

/** Julie Moreau, Marie Lefebvre's collaborator: consultation and payment, five clients (README, welcome e-mail). */
export const SANDBOX_COLLABORATOR: SeededCollaborator = {
  email: 'julie.moreau@cabinet-lefebvre.fr',
  password: 'Collab024',
  civility: 'Mme',
  firstName: 'Julie',
  lastName: 'Moreau',
  rights: ['consultation-cotisations', 'paiement'],
  clients: 5,
};

/**
 * The firms' existing clients: Marie Lefebvre's portfolio in every state (and Paul Durand, so
 * that his own space shows his accountant), Jacques Bernard's mandates migrated from
 * secu-independants.fr. The hand-written directory entries stay free, for the trainees to add.
 */
const SEEDED_PORTFOLIOS: SeededPortfolio[] = [
  {
    firmSiret: '44306184100013',
    clients: [
      { from: 0, count: 28, status: 'rattache' },
      { from: 28, count: 9, status: 'en-attente' },
      { from: 37, count: 3, status: 'bloque' },
    ],
    attachedTiNumbers: ['90000000006'],
    collaborators: [SANDBOX_COLLABORATOR],
  },
  { firmSiret: '51222718200015', clients: [{ from: 40, count: 12, status: 'rattache' }] },
];

@Injectable()
export class SandboxPortfolioSeed {
  constructor(
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Links the TI personas to their directory record, then fills the portfolios that are still empty. */
  async seed(transaction: EntityManager): Promise<void> {
    await transaction.query(
      `UPDATE contributor SET person_id = person.id FROM person
        WHERE contributor.person_id IS NULL AND contributor.nir IS NOT NULL AND person.nir = left(contributor.nir, 13)`,
    );
    const now = await this.clock.now(transaction);
    for (const portfolio of SEEDED_PORTFOLIOS) {
      const [space]: { id: string; owner: string; portfolio_id: string | null; clients: number }[] = await transaction.query(
        `SELECT space.id, space_member.person_id AS owner, portfolio.id AS portfolio_id,
                (SELECT count(*)::int FROM attachment WHERE attachment.portfolio_id = portfolio.id) AS clients
           FROM space JOIN space_member ON space_member.space_id = space.id AND space_member.is_primary
           LEFT JOIN portfolio ON portfolio.space_id = space.id AND portfolio.owner_person_id = space_member.person_id
          WHERE space.kind = 'tiers' AND space.siret = $1`,
        [portfolio.firmSiret],
      );
      if (!space || space.clients > 0) continue;
      const portfolioId =
        space.portfolio_id ??
        ((await transaction.query(`INSERT INTO portfolio (space_id, owner_person_id, created_at) VALUES ($1, $2, $3) RETURNING id`, [
          space.id,
          space.owner,
          now,
        ])) as { id: string }[])[0].id;
      const wanted = portfolio.clients.flatMap(({ from, count, status }) =>
        Array.from({ length: count }, (_, offset) => ({ entry: generatedEntry(from + offset), status })),
      );
      await transaction.query(
        `INSERT INTO attachment (portfolio_id, contributor_id, status, name_key, siren, failed_tries, created_at, attached_at)
         SELECT $1, contributor.id, wanted.status::attachment_status, wanted.name_key, contributor.siren,
                CASE WHEN wanted.status = 'bloque' THEN 5 ELSE 0 END, $4, CASE WHEN wanted.status = 'rattache' THEN $4::timestamptz END
           FROM unnest($2::text[], $3::text[], $5::text[]) AS wanted(ti_number, status, name_key)
           JOIN contributor ON contributor.ti_number = wanted.ti_number
         ON CONFLICT DO NOTHING`,
        [
          portfolioId,
          wanted.map(({ entry }) => entry.tiNumber),
          wanted.map(({ status }) => status),
          now,
          wanted.map(({ entry }) => nameKey(contributorName(entry))),
        ],
      );
      for (const tiNumber of portfolio.attachedTiNumbers ?? []) {
        const entry = SANDBOX_DIRECTORY.find((candidate) => candidate.tiNumber === tiNumber);
        if (!entry) continue;
        await transaction.query(
          `INSERT INTO attachment (portfolio_id, contributor_id, status, name_key, siren, created_at, attached_at)
           SELECT $1, id, 'rattache', $3, siren, $4, $4 FROM contributor WHERE ti_number = $2
           ON CONFLICT DO NOTHING`,
          [portfolioId, tiNumber, nameKey(contributorName(entry)), now],
        );
      }
      for (const collaborator of portfolio.collaborators ?? []) {
        await this.seedCollaborator(transaction, { spaceId: space.id, portfolioId, administratorId: space.owner, now }, collaborator);
      }
    }
  }

  /** An active collaborator (skipped when the e-mail exists) with the first attached clients as sub-portfolio. */
  private async seedCollaborator(
    transaction: EntityManager,
    firm: { spaceId: string; portfolioId: string; administratorId: string; now: Date },
    collaborator: SeededCollaborator,
  ): Promise<void> {
    const [person]: { id: string }[] = await transaction.query(
      `INSERT INTO person (email, civility, first_name, last_name, password_hash, email_verified_at, created_at)
       SELECT $1, $2, $3, $4, $5, $6, $6 WHERE NOT EXISTS (SELECT 1 FROM person WHERE lower(email) = lower($1))
       RETURNING id`,
      [collaborator.email, collaborator.civility, collaborator.firstName, collaborator.lastName, await this.hasher.hash(collaborator.password), firm.now],
    );
    if (!person) return;
    await transaction.query(
      `INSERT INTO space_member (space_id, person_id, role, is_primary, status, rights, portfolio_id, invited_by, created_at)
       VALUES ($1, $2, 'collaborateur', false, 'actif', $3, $4, $5, $6)`,
      [firm.spaceId, person.id, collaborator.rights, firm.portfolioId, firm.administratorId, firm.now],
    );
    await transaction.query(
      `INSERT INTO client_assignment (person_id, attachment_id, assigned_by, assigned_at)
       SELECT $1, id, $3, $4 FROM attachment WHERE portfolio_id = $2 AND status = 'rattache' ORDER BY name_key LIMIT $5`,
      [person.id, firm.portfolioId, firm.administratorId, firm.now, collaborator.clients],
    );
  }
}
