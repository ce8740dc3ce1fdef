import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@portail/api-core';
import type { TraineeCard } from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { traineeClient } from '../personas/client-card';
import { currentScenario } from '../reset/reset-log';
import { SANDBOX_LOCK } from '../sandbox-lock';
import { PersonaPasswords } from '../scenarios/persona-passwords';
import { planOf } from '../scenarios/scenario-catalogue';
import { MAX_TRAINEES, traineeClientIndices } from '../scenarios/sandbox-ranges';
import { TRAINEE_COLUMNS, TraineeAccounts, type TraineeRow } from './trainee-accounts';
import { readablePassword, traineeEmail, traineeFirmName, traineeNumber, traineeSiret } from './trainee-identity';

/** The class of trainees: numbered cards, each with an account (but in « Démarrage ») and five clients of their own. */
@Injectable()
export class Trainees {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hashes: PersonaPasswords,
    private readonly accounts: TraineeAccounts,
  ) {}

  async list(manager: EntityManager = this.dataSource.manager): Promise<TraineeCard[]> {
    const rows: (TraineeRow & { account_exists: boolean })[] = await manager.query(
      `SELECT ${TRAINEE_COLUMNS},
              EXISTS (SELECT 1 FROM person WHERE lower(person.email) = lower(sandbox_trainee.email)) AS account_exists
         FROM sandbox_trainee ORDER BY number`,
    );
    return rows.map((row) => ({
      number: row.number,
      name: `${row.first_name} ${row.last_name}`,
      email: row.email,
      password: row.password,
      firmName: row.firm_name,
      siret: row.siret,
      accountExists: row.account_exists,
      clients: traineeClientIndices(row.number).map(traineeClient),
    }));
  }

  /** `count` more trainees, numbered after the last; their accounts at once unless the sandbox is in « Démarrage ». */
  async create(count: number): Promise<TraineeCard[]> {
    const passwords = Array.from({ length: count }, () =>
      readablePassword({ firstName: 'Stagiaire', lastName: '', siret: '' }),
    );
    // bcrypt before the transaction (memoised: every later reset reuses these hashes).
    await this.hashes.hashAll(passwords);
    return this.dataSource.transaction(async (transaction) => {
      // After a running reset, never in the middle of it.
      await transaction.query('SELECT pg_advisory_xact_lock($1)', [SANDBOX_LOCK]);
      const [{ last, total }]: { last: number; total: number }[] = await transaction.query(
        `SELECT coalesce(max(number), 0)::int AS last, count(*)::int AS total FROM sandbox_trainee`,
      );
      if (last + count > MAX_TRAINEES) {
        const room = MAX_TRAINEES - last;
        throw new ConflictException(
          room === 0
            ? `La classe compte déjà ${total} stagiaires, le maximum est de ${MAX_TRAINEES} : supprimez la classe pour en créer une nouvelle.`
            : `La classe compte déjà ${total} stagiaires : vous pouvez en ajouter ${room} au plus (${MAX_TRAINEES} au maximum).`,
        );
      }
      const numbers = passwords.map((_, offset) => last + 1 + offset);
      const now = await this.clock.now(transaction);
      await transaction.query(
        `INSERT INTO sandbox_trainee (number, email, password, first_name, last_name, firm_name, siret, created_at)
         SELECT number, email, password, 'Stagiaire', last_name, firm_name, siret, $7
           FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
                AS planned(number, email, password, last_name, firm_name, siret)`,
        [
          numbers,
          numbers.map(traineeEmail),
          passwords,
          numbers.map(traineeNumber),
          numbers.map(traineeFirmName),
          numbers.map(traineeSiret),
          now,
        ],
      );
      if (planOf(await currentScenario(transaction)).traineeAccounts)
        await this.accounts.writeAccounts(transaction, now, numbers);
      return this.list(transaction);
    });
  }

  /** The whole class goes, with the accounts and firms it has (a reset would otherwise recreate them). */
  async removeAll(): Promise<void> {
    await this.dataSource.transaction(async (transaction) => {
      await transaction.query('SELECT pg_advisory_xact_lock($1)', [SANDBOX_LOCK]);
      await this.accounts.removeAccounts(transaction);
      await transaction.query(`DELETE FROM sandbox_trainee`);
    });
  }
}
