import { Injectable } from '@nestjs/common';
import { Clock } from '@portail/api-core';
import { PasswordHasher } from '@portail/api-identity';
import { normaliseSecretAnswer } from '@portail/domain';
import type { EntityManager } from 'typeorm';
import { type DirectoryEntry } from './directory-entry';

const ROWS_PER_STATEMENT = 5_000;

/** Inserted contributors, by n° TI. */
export type InsertedContributors = Map<string, string>;

/**
 * Writes directory entries in bulk (one statement per 5,000 rows). Secret answers are stored
 * normalised then bcrypt-hashed. Each distinct answer of a batch is hashed once: bulk-generated
 * directories (100,000 contributors for a benchmark, thousands for a training scenario) draw
 * their answers from a small pool, and one bcrypt per row would take hours at cost 12. This is
 * seed data of a simulated directory: no contributor ever chooses an answer in the product.
 */
@Injectable()
export class DirectoryWriter {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  /** Hashes outside any transaction: a bcrypt never holds a database connection. */
  async hashAnswers(entries: readonly DirectoryEntry[]): Promise<Map<string, string>> {
    const distinct = new Set(entries.flatMap((entry) => entry.secretQuestions.map(({ answer }) => normaliseSecretAnswer(answer))));
    const hashes = new Map<string, string>();
    await Promise.all([...distinct].map(async (answer) => hashes.set(answer, await this.hasher.hash(answer))));
    return hashes;
  }

  /** Contributors whose SIREN, NIR or n° TI already exists are skipped. */
  async insert(transaction: EntityManager, entries: readonly DirectoryEntry[], answerHashes: Map<string, string>): Promise<InsertedContributors> {
    const now = await this.clock.now(transaction);
    const inserted: InsertedContributors = new Map();
    for (let start = 0; start < entries.length; start += ROWS_PER_STATEMENT) {
      const chunk = entries.slice(start, start + ROWS_PER_STATEMENT);
      const hashOf = (answer: string) => {
        const hash = answerHashes.get(normaliseSecretAnswer(answer));
        if (!hash) throw new Error('DirectoryWriter: answer not hashed');
        return hash;
      };
      const rows: { id: string; ti_number: string }[] = await transaction.query(
        `INSERT INTO contributor (kind, siren, nir, ti_number, civility, first_name, last_name, trade_name, email,
                                  address_line, postal_code, city, secret_question_1, secret_answer_1_hash,
                                  secret_question_2, secret_answer_2_hash, reference_income_cents, created_at)
         SELECT kind::contributor_kind, siren, nir, ti_number, civility, first_name, last_name, trade_name, email,
                address_line, postal_code, city, q1, a1, q2, a2, income, $18
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                       $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
                       $16::text[], $17::bigint[])
                AS row(kind, siren, nir, ti_number, civility, first_name, last_name, trade_name, email,
                       address_line, postal_code, city, q1, a1, q2, a2, income)
         ON CONFLICT DO NOTHING
         RETURNING id, ti_number`,
        [
          chunk.map((entry) => entry.kind),
          chunk.map((entry) => entry.siren),
          chunk.map((entry) => entry.nir),
          chunk.map((entry) => entry.tiNumber),
          chunk.map((entry) => entry.civility),
          chunk.map((entry) => entry.firstName),
          chunk.map((entry) => entry.lastName),
          chunk.map((entry) => entry.tradeName),
          chunk.map((entry) => entry.email),
          chunk.map((entry) => entry.addressLine),
          chunk.map((entry) => entry.postalCode),
          chunk.map((entry) => entry.city),
          chunk.map((entry) => entry.secretQuestions[0].question),
          chunk.map((entry) => hashOf(entry.secretQuestions[0].answer)),
          chunk.map((entry) => entry.secretQuestions[1].question),
          chunk.map((entry) => hashOf(entry.secretQuestions[1].answer)),
          chunk.map((entry) => entry.referenceIncomeCents),
          now,
        ],
      );
      for (const row of rows) inserted.set(row.ti_number, row.id);
      const establishments = chunk.flatMap((entry) =>
        inserted.has(entry.tiNumber) ? entry.sirets.map((siret) => ({ siret, entry, id: inserted.get(entry.tiNumber) })) : [],
      );
      if (establishments.length > 0) {
        await transaction.query(
          `INSERT INTO establishment (siret, contributor_id, address_line, postal_code, city)
           SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[])
           ON CONFLICT DO NOTHING`,
          [
            establishments.map(({ siret }) => siret),
            establishments.map(({ id }) => id),
            establishments.map(({ entry }) => entry.addressLine),
            establishments.map(({ entry }) => entry.postalCode),
            establishments.map(({ entry }) => entry.city),
          ],
        );
      }
    }
    return inserted;
  }
}
