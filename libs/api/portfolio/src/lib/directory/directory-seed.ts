import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type DirectoryEntry } from './directory-entry';
import { DirectoryWriter } from './directory-writer';
import { generatedEntry } from './generated-directory';
import { GENERATED_SANDBOX_CONTRIBUTORS, SANDBOX_DIRECTORY } from './sandbox-directory';

// Shared with the sandbox's seed: one instance at a time seeds, whichever starts first.
const SEED_LOCK = 7469726574;

/** The simulated Urssaf directory exists from the first start: the hand-written contributors and generated ones. */
@Injectable()
export class DirectorySeed implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: DirectoryWriter,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.ensure();
  }

  /**
   * Adds what is missing: a directory seeded by an older version, with fewer generated entries,
   * is completed (every insert skips what exists), so that the ranges the scenarios reserve exist.
   */
  async ensure(): Promise<void> {
    if (await this.seeded()) return;
    const entries: DirectoryEntry[] = [
      ...SANDBOX_DIRECTORY,
      ...Array.from({ length: GENERATED_SANDBOX_CONTRIBUTORS }, (_, index) => generatedEntry(index)),
    ];
    const hashes = await this.writer.hashAnswers(entries);
    await this.dataSource.transaction(async (transaction) => {
      await transaction.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if (await this.seeded(transaction.query.bind(transaction))) return;
      await this.writer.insert(transaction, entries, hashes);
    });
  }

  /** Every hand-written entry and every generated one exists (n° TI of one length: a text range is an index range). */
  private async seeded(
    query: (sql: string, parameters: unknown[]) => Promise<{ present: boolean }[]> = (sql, parameters) =>
      this.dataSource.query(sql, parameters),
  ): Promise<boolean> {
    const [{ present }] = await query(
      `SELECT (SELECT count(*) FROM contributor WHERE ti_number BETWEEN $1 AND $2) = $3
          AND (SELECT count(*) FROM contributor WHERE ti_number = ANY($4::text[])) = cardinality($4::text[]) AS present`,
      [
        generatedEntry(0).tiNumber,
        generatedEntry(GENERATED_SANDBOX_CONTRIBUTORS - 1).tiNumber,
        GENERATED_SANDBOX_CONTRIBUTORS,
        SANDBOX_DIRECTORY.map((entry) => entry.tiNumber),
      ],
    );
    return present;
  }
}
