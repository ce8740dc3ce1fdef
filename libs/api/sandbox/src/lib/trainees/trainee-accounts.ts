import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonaPasswords } from '../scenarios/persona-passwords';
import type { ScenarioPlan } from '../scenarios/scenario-plan';
import { writePeopleAndSpaces } from '../scenarios/scenario-writer';

export interface TraineeRow {
  number: number;
  email: string;
  /**
   * In clear, on purpose: the trainer prints it on the trainee's card, and every reset recreates
   * the account with it. Sandbox only (the table exists in every database but only the sandbox
   * writes it); these are training accounts holding simulated data, never a real person's.
   */
  password: string;
  first_name: string;
  last_name: string;
  firm_name: string;
  siret: string;
}

export const TRAINEE_COLUMNS = 'number, email, password, first_name, last_name, firm_name, siret';

/**
 * The trainees' accounts: each a person, a finalised tiers space whose primary administrator they
 * are, and its empty portfolio. Written by the trainees' creation and by every reset but
 * « Démarrage » (where they sign up themselves).
 */
@Injectable()
export class TraineeAccounts {
  constructor(private readonly hashes: PersonaPasswords) {}

  async passwords(manager: EntityManager): Promise<string[]> {
    const rows: { password: string }[] = await manager.query(`SELECT password FROM sandbox_trainee`);
    return rows.map((row) => row.password);
  }

  /**
   * Accounts for the trainees given (all of them by default) whose e-mail and SIRET are both still
   * free: a trainee who already signed up keeps the account they made.
   */
  async writeAccounts(transaction: EntityManager, now: Date, only?: number[]): Promise<void> {
    const rows: TraineeRow[] = await transaction.query(
      `SELECT ${TRAINEE_COLUMNS} FROM sandbox_trainee
        WHERE ($1::int[] IS NULL OR number = ANY($1::int[]))
          AND NOT EXISTS (SELECT 1 FROM person WHERE lower(person.email) = lower(sandbox_trainee.email))
          AND NOT EXISTS (SELECT 1 FROM space WHERE space.kind = 'tiers' AND space.siret = sandbox_trainee.siret)
        ORDER BY number`,
      [only ?? null],
    );
    if (rows.length === 0) return;
    const plan: ScenarioPlan = {
      key: 'decouverte',
      people: rows.map((row) => ({
        email: row.email,
        password: row.password,
        firstName: row.first_name,
        lastName: row.last_name,
      })),
      spaces: rows.map((row) => ({
        kind: 'tiers',
        name: row.firm_name,
        siret: row.siret,
        status: 'actif',
        members: [{ email: row.email, role: 'administrateur', primary: true }],
        clients: [],
      })),
      clientCards: [],
      traineeAccounts: false,
    };
    await writePeopleAndSpaces(transaction, plan, await this.hashes.hashAll(rows.map((row) => row.password)), now);
  }

  /** The class's accounts and firms (their portfolios and clients go with the spaces). */
  async removeAccounts(transaction: EntityManager): Promise<void> {
    await transaction.query(
      `DELETE FROM portfolio WHERE owner_person_id IN (
         SELECT person.id FROM person JOIN sandbox_trainee ON lower(sandbox_trainee.email) = lower(person.email))`,
    );
    await transaction.query(`DELETE FROM space WHERE kind = 'tiers' AND siret IN (SELECT siret FROM sandbox_trainee)`);
    await transaction.query(
      `DELETE FROM person USING sandbox_trainee
        WHERE lower(person.email) = lower(sandbox_trainee.email) AND person.backoffice_role IS NULL`,
    );
  }
}
