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

  private async seeded(query: (sql: string) => Promise<{ present: boolean }[]> = (sql) => this.dataSource.query(sql)): Promise<boolean> {
    const [{ present }] = await query('SELECT EXISTS (SELECT 1 FROM contributor) AS present');
    return present;
  }
}
