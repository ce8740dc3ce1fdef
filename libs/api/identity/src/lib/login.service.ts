import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock } from '@portail/api-core';
import { classifyLoginIdentifier } from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { blockedUntilAfterFailure, DAY_MS, MAX_FAILURES_PER_DAY } from './login-throttle';
import { PasswordHasher } from './password-hasher';

export const LOGIN_REFUSED = 'Identifiant ou mot de passe incorrect.';

export interface AuthenticatedPerson {
  personId: string;
  mustChangePassword: boolean;
}

interface Candidate {
  id: string;
  password_hash: string | null;
  password_provisional: boolean;
  failed_login_streak: number;
  login_blocked_until: Date | null;
}

/**
 * Checks an identifier and a password. Unknown identifier, wrong password and throttled account
 * answer the same 401 with the same message, after a bcrypt comparison of the same cost.
 */
@Injectable()
export class LoginService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
  ) {}

  async authenticate(identifier: string, password: string): Promise<AuthenticatedPerson> {
    const classified = classifyLoginIdentifier(identifier);
    // Identifiers that can never be an account teach the person what to type instead.
    if (!classified.valid && classified.kind !== 'email' && classified.kind !== 'siret') {
      throw new BadRequestException(classified.message);
    }
    const outcome = await this.dataSource.transaction(async (transaction) => {
      // The row lock makes concurrent attempts on one account count one after the other.
      const candidate = classified.valid ? await this.findCandidate(transaction, classified.kind, classified.value) : null;
      const now = await this.clock.now(transaction);
      const throttled = candidate ? await this.isThrottled(transaction, candidate, now) : false;
      const matches = await this.hasher.verify(password, throttled ? null : candidate?.password_hash);
      if (!candidate) return null;
      if (matches) {
        await transaction.query(
          `UPDATE person SET failed_login_streak = 0, login_blocked_until = NULL WHERE id = $1`,
          [candidate.id],
        );
        await this.audit.record(transaction, { kind: 'login.succeeded', actorPersonId: candidate.id, details: { via: classified.kind } });
        return { personId: candidate.id, mustChangePassword: candidate.password_provisional };
      }
      await this.recordFailure(transaction, candidate, now, throttled, classified.kind);
      return null;
    });
    if (!outcome) throw new UnauthorizedException(LOGIN_REFUSED);
    return outcome;
  }

  private async findCandidate(transaction: EntityManager, kind: 'email' | 'siret' | 'nir', value: string): Promise<Candidate | null> {
    const columns = 'person.id, person.password_hash, person.password_provisional, person.failed_login_streak, person.login_blocked_until';
    const query = {
      email: `SELECT ${columns} FROM person WHERE lower(person.email) = lower($1) FOR UPDATE`,
      // A SIRET opens the account of the firm space's primary administrator.
      siret: `SELECT ${columns} FROM person
                JOIN space_member ON space_member.person_id = person.id AND space_member.is_primary
                JOIN space ON space.id = space_member.space_id AND space.kind = 'tiers'
               WHERE space.siret = $1 FOR UPDATE OF person`,
      nir: `SELECT ${columns} FROM person WHERE person.nir = $1 FOR UPDATE`,
    }[kind];
    const rows: Candidate[] = await transaction.query(query, [value]);
    return rows[0] ?? null;
  }

  private async isThrottled(transaction: EntityManager, candidate: Candidate, now: Date): Promise<boolean> {
    if (candidate.login_blocked_until && candidate.login_blocked_until > now) return true;
    const [{ count }]: { count: number }[] = await transaction.query(
      `SELECT count(*)::int AS count FROM login_failure WHERE person_id = $1 AND at > $2`,
      [candidate.id, new Date(now.getTime() - DAY_MS)],
    );
    return count >= MAX_FAILURES_PER_DAY;
  }

  private async recordFailure(
    transaction: EntityManager,
    candidate: Candidate,
    now: Date,
    throttled: boolean,
    via: string,
  ): Promise<void> {
    if (throttled) {
      // An attempt during a wait is refused without being counted: it cannot extend the wait.
      await this.audit.record(transaction, { kind: 'login.throttled', actorPersonId: candidate.id, details: { via } });
      return;
    }
    const streak = candidate.failed_login_streak + 1;
    const blockedUntil = blockedUntilAfterFailure(streak, now);
    await transaction.query(`UPDATE person SET failed_login_streak = $2, login_blocked_until = $3 WHERE id = $1`, [
      candidate.id,
      streak,
      blockedUntil,
    ]);
    await transaction.query(`INSERT INTO login_failure (person_id, at) VALUES ($1, $2)`, [candidate.id, now]);
    await this.audit.record(transaction, {
      kind: blockedUntil ? 'login.lockout' : 'login.failed',
      actorPersonId: candidate.id,
      details: { via, streak, ...(blockedUntil ? { blockedUntil: blockedUntil.toISOString() } : {}) },
    });
  }
}
