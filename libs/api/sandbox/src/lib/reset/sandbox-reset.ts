import { ConflictException, Injectable, Logger, NotFoundException, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@portail/api-core';
import { DirectorySeed } from '@portail/api-portfolio';
import type { ResetProgress, ScenarioCatalogue, ScenarioKey } from '@portail/domain';
import { DataSource, QueryFailedError } from 'typeorm';
import { SANDBOX_LOCK } from '../sandbox-lock';
import { planOf, SCENARIOS, titleOf } from '../scenarios/scenario-catalogue';
import { ScenarioSeeder, type SeedStep } from '../scenarios/scenario-seeder';
import { ResetLog } from './reset-log';
import { wipeSandbox } from './sandbox-wipe';

export const RESET_RUNNING =
  'Une réinitialisation du bac à sable est déjà en cours : attendez qu’elle se termine avant d’en lancer une autre.';
const RESET_NOT_FOUND = 'Cette réinitialisation n’existe pas.';
const PREPARING = 'Préparation des mots de passe des personnages…';
const WIPING = 'Effacement du bac à sable précédent…';
const COMMITTING = 'Enregistrement du nouveau bac à sable…';

/**
 * Resets the sandbox to a scenario, in the background of the instance that received the request:
 * the request answers 202 at once, and any instance answers the progress bar from sandbox_reset.
 *
 * All or nothing: the previous sandbox is emptied and the scenario seeded in ONE transaction; on
 * any failure it rolls back, the previous sandbox is intact and the reset reads « échec » with a
 * French sentence. Progress is written outside that transaction (another connection, autocommit),
 * or no other session could see it before the commit.
 */
@Injectable()
export class SandboxReset implements OnModuleDestroy {
  private readonly logger = new Logger(SandboxReset.name);
  /** The reset this instance runs, awaited at shutdown: the pool must outlive its transaction. */
  private running: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly directory: DirectorySeed,
    private readonly seeder: ScenarioSeeder,
  ) {}

  async catalogue(): Promise<ScenarioCatalogue> {
    await ResetLog.expireStale(this.dataSource.manager);
    return {
      scenarios: SCENARIOS.map(({ key, title, description }) => ({ key, title, description })),
      current: await ResetLog.current(this.dataSource.manager),
      running: await ResetLog.running(this.dataSource.manager),
    };
  }

  /** 409 while another reset runs: the partial unique index of sandbox_reset allows one « en cours », across instances. */
  async start(scenario: ScenarioKey, formateurId: string): Promise<ResetProgress> {
    const plan = planOf(scenario);
    // Preparing, wiping, each seeding step, committing.
    const steps = this.seeder.steps(plan, { hashes: new Map(), staged: {} }).length;
    await ResetLog.expireStale(this.dataSource.manager);
    let progress: ResetProgress;
    try {
      progress = await ResetLog.start(this.dataSource.manager, scenario, steps + 3, PREPARING, formateurId);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'sandbox_reset_one_running'
      ) {
        throw new ConflictException(RESET_RUNNING);
      }
      throw error;
    }
    this.running = this.run(progress.id, scenario).finally(() => (this.running = null));
    return progress;
  }

  async progress(id: string): Promise<ResetProgress> {
    await ResetLog.expireStale(this.dataSource.manager);
    const progress = await ResetLog.read(this.dataSource.manager, id);
    if (!progress) throw new NotFoundException(RESET_NOT_FOUND);
    return progress;
  }

  async onModuleDestroy(): Promise<void> {
    await this.running;
  }

  /** Never throws: a failure is the reset's « échec », logged with its cause. */
  private async run(id: string, scenario: ScenarioKey): Promise<void> {
    const plan = planOf(scenario);
    let label = PREPARING;
    const advance = async (step: number, next: string) => {
      label = next;
      await ResetLog.progress(this.dataSource.manager, id, step, next);
    };
    try {
      // The directory the scenarios draw their clients from (completed if an older version seeded it).
      await this.directory.ensure();
      const prepared = await this.seeder.prepare(this.dataSource.manager, plan);
      const steps: SeedStep[] = [
        { label: WIPING, run: (transaction) => wipeSandbox(transaction) },
        ...this.seeder.steps(plan, prepared),
      ];
      const finished = await this.dataSource.transaction(async (transaction) => {
        // One writer of the sandbox at a time (first start's seed, trainees, another instance's reset).
        await transaction.query('SELECT pg_advisory_xact_lock($1)', [SANDBOX_LOCK]);
        for (const [index, step] of steps.entries()) {
          await advance(index + 1, step.label);
          // Read at each step: the wipe puts the clock back to real time.
          await step.run(transaction, await this.clock.now(transaction));
        }
        await advance(steps.length + 1, COMMITTING);
        // Last statement of the transaction: « terminée » commits with the new sandbox, or neither does.
        const done = await ResetLog.finish(transaction, id, `Bac à sable réinitialisé : « ${titleOf(scenario)} ».`);
        if (!done) throw new Error('the reset was declared stale while it ran');
        return done;
      });
      if (finished) this.logger.log(`Sandbox reset to « ${scenario} » (${id}).`);
    } catch (error) {
      this.logger.error(
        `Sandbox reset to « ${scenario} » failed at « ${label} »: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      await ResetLog.fail(
        this.dataSource.manager,
        id,
        `La réinitialisation vers « ${titleOf(scenario)} » a échoué à l’étape « ${label.replace(/…$/, '')} » : le bac à sable précédent est inchangé. Réessayez ; si l’échec se répète, consultez les journaux de l’API.`,
      ).catch((failure: unknown) =>
        this.logger.error(`Could not record the failure of reset ${id}: ${String(failure)}`),
      );
    }
  }
}
