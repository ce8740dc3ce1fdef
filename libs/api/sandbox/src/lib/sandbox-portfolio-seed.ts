import { Injectable } from '@nestjs/common';
import { Clock } from '@portail/api-core';
import { contributorName, generatedEntry, nameKey, SANDBOX_DIRECTORY } from '@portail/api-portfolio';
import type { AttachmentStatus } from '@portail/domain';
import type { EntityManager } from 'typeorm';

interface SeededPortfolio {
  firmSiret: string;
  /** Generated directory entries (by index) and their status in this portfolio. */
  clients: { from: number; count: number; status: AttachmentStatus }[];
  /** Hand-written directory entries (by n° TI) attached to it. */
  attachedTiNumbers?: string[];
}

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
  },
  { firmSiret: '51222718200015', clients: [{ from: 40, count: 12, status: 'rattache' }] },
];

@Injectable()
export class SandboxPortfolioSeed {
  constructor(private readonly clock: Clock) {}

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
           LEFT JOIN portfolio ON portfolio.space_id = space.id
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
    }
  }
}
