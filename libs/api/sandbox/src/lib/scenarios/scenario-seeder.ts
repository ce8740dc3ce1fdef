import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '@portail/api-identity';
import type { EntityManager } from 'typeorm';
import { TraineeAccounts } from '../trainees/trainee-accounts';
import { WelcomeMessages } from '../welcome/welcome-messages';
import { PersonaPasswords } from './persona-passwords';
import { passwordsOf, type ScenarioPlan, type SeededIds } from './scenario-plan';
import { linkContributors, writeClients, writePeopleAndSpaces, writeSubPortfolios } from './scenario-writer';

/** One step of a seeding, with what the progress bar says while it runs. */
export interface SeedStep {
  label: string;
  run: (transaction: EntityManager, now: Date) => Promise<void>;
}

/** What is computed before the transaction: bcrypt hashes never hold a connection. */
export interface PreparedSeed {
  hashes: Map<string, string>;
  staged: Record<string, string>;
}

/**
 * Seeds a scenario into an empty sandbox, step by step: the first start (« Découverte ») and every
 * reset use it, so that both give the same sandbox.
 */
@Injectable()
export class ScenarioSeeder {
  constructor(
    private readonly passwords: PersonaPasswords,
    private readonly hasher: PasswordHasher,
    private readonly trainees: TraineeAccounts,
    private readonly welcome: WelcomeMessages,
  ) {}

  async prepare(manager: EntityManager, plan: ScenarioPlan): Promise<PreparedSeed> {
    const traineePasswords = plan.traineeAccounts ? await this.trainees.passwords(manager) : [];
    const [hashes, staged] = await Promise.all([
      this.passwords.hashAll([...passwordsOf(plan), ...traineePasswords]),
      plan.prepare ? plan.prepare(this.hasher) : Promise.resolve({}),
    ]);
    return { hashes, staged };
  }

  steps(plan: ScenarioPlan, prepared: PreparedSeed): SeedStep[] {
    let seeded: SeededIds | null = null;
    const ids = () => {
      if (!seeded) throw new Error('ScenarioSeeder: people and spaces come first');
      return seeded;
    };
    const clientCount = plan.spaces
      .flatMap((space) => space.clients ?? [])
      .reduce((total, clients) => total + ('range' in clients ? clients.range.count : clients.tiNumbers.length), 0);
    const steps: SeedStep[] = [
      {
        label: 'Création des personnages et de leurs espaces…',
        run: async (transaction, now) => {
          seeded = await writePeopleAndSpaces(transaction, plan, prepared.hashes, now);
        },
      },
    ];
    if (clientCount > 0) {
      steps.push({
        label: `Création des ${clientCount.toLocaleString('fr-FR')} clients des portefeuilles…`,
        run: async (transaction, now) => {
          await writeClients(transaction, plan, ids(), now);
        },
      });
    }
    steps.push({
      label: 'Sous-portefeuilles des collaborateurs et comptes des travailleurs indépendants…',
      run: async (transaction, now) => {
        await writeSubPortfolios(transaction, plan, ids(), now);
        await linkContributors(transaction);
      },
    });
    const stage = plan.stage;
    if (stage) {
      steps.push({
        label: 'Mise en scène des cas d’erreurs (liens expirés, courrier perdu…)…',
        run: (transaction, now) => stage(transaction, ids(), now, prepared.staged),
      });
    }
    if (plan.traineeAccounts) {
      steps.push({
        label: 'Comptes et cabinets des stagiaires…',
        run: (transaction, now) => this.trainees.writeAccounts(transaction, now),
      });
    }
    steps.push({
      label: 'Courriel de bienvenue du formateur…',
      run: (transaction) => this.welcome.write(transaction, plan),
    });
    return steps;
  }
}
