import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@portail/api-core';
import { DirectorySeed } from '@portail/api-portfolio';
import { DataSource, type EntityManager } from 'typeorm';
import { SANDBOX_LOCK } from './sandbox-lock';
import { FORMATEUR, TRAINER_ADDRESS } from './sandbox-personas';
import { DECOUVERTE } from './scenarios/decouverte';
import { PersonaPasswords } from './scenarios/persona-passwords';
import { ScenarioSeeder } from './scenarios/scenario-seeder';
import { writePeopleAndSpaces } from './scenarios/scenario-writer';

export { TRAINER_ADDRESS };

/**
 * A new sandbox opens with « Découverte »: the demonstration accounts and firms, and the
 * trainer's welcome e-mail and letter. Only once: after that the sandbox holds what the trainer
 * made of it (or the scenario of the last reset), and a restart changes nothing — but for the
 * Formateur, recreated if missing, so that the console always has its trainer.
 */
@Injectable()
export class SandboxWelcome implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly directory: DirectorySeed,
    private readonly seeder: ScenarioSeeder,
    private readonly passwords: PersonaPasswords,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The directory first: the firms' seeded clients come from it.
    await this.directory.ensure();
    const { fresh, trainer } = await this.state(this.dataSource.manager);
    if (!fresh && trainer) return;
    // bcrypt outside the transaction.
    const prepared = fresh ? await this.seeder.prepare(this.dataSource.manager, DECOUVERTE) : null;
    const trainerHash = await this.passwords.hashAll([FORMATEUR.password ?? '']);
    await this.dataSource.transaction(async (transaction) => {
      // Several instances may start together: only one seeds.
      await transaction.query('SELECT pg_advisory_xact_lock($1)', [SANDBOX_LOCK]);
      const now = await this.clock.now(transaction);
      if (prepared && (await this.state(transaction)).fresh) {
        for (const step of this.seeder.steps(DECOUVERTE, prepared)) await step.run(transaction, now);
        return;
      }
      await writePeopleAndSpaces(transaction, { ...DECOUVERTE, people: [FORMATEUR], spaces: [] }, trainerHash, now);
    });
  }

  /** Fresh: nobody but Formateurs, and never reset. */
  private async state(manager: EntityManager): Promise<{ fresh: boolean; trainer: boolean }> {
    const [row]: { fresh: boolean; trainer: boolean }[] = await manager.query(
      `SELECT NOT EXISTS (SELECT 1 FROM person WHERE backoffice_role IS DISTINCT FROM 'formateur')
              AND NOT EXISTS (SELECT 1 FROM sandbox_reset) AS fresh,
              EXISTS (SELECT 1 FROM person WHERE lower(email) = lower($1)) AS trainer`,
      [TRAINER_ADDRESS],
    );
    return row;
  }
}
