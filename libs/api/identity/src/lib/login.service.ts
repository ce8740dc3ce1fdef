import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail, Clock } from '@portail/api-core';
import { classifyLoginIdentifier } from '@portail/domain';
import { DataSource } from 'typeorm';
import { DAY_MS, FIRST_WAIT_MS, FREE_FAILURES, MAX_FAILURES_PER_DAY } from './login-throttle';
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
}

// Past this the doubling would overflow a date; the daily cap has long taken over by then.
const MAX_DOUBLINGS = 20;

/**
 * Checks an identifier and a password. Unknown identifier, wrong password and throttled account
 * answer the same 401 with the same message, after a bcrypt comparison of the same cost.
 *
 * No database connection is held during the comparison (200 ms at cost 12): a login storm must not
 * drain the pool that every other request needs. Instead, each attempt is first counted as a failure
 * in one atomic statement — refused if the account is waiting — and the count is undone on success,
 * so concurrent guesses on one account can never exceed the allowance.
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
    const candidate = classified.valid ? await this.findCandidate(classified.kind, classified.value) : null;
    const now = await this.clock.now();
    const attempt = candidate ? await this.claimAttempt(candidate.id, now) : null;
    const matches = await this.hasher.verify(password, attempt ? candidate?.password_hash : null);
    if (!candidate) throw new UnauthorizedException(LOGIN_REFUSED);
    const via = classified.kind;
    if (!attempt) {
      await this.dataSource.transaction((transaction) =>
        this.audit.record(transaction, { kind: 'login.throttled', actorPersonId: candidate.id, details: { via } }),
      );
      throw new UnauthorizedException(LOGIN_REFUSED);
    }
    await this.dataSource.transaction(async (transaction) => {
      if (matches) {
        await transaction.query(`UPDATE person SET failed_login_streak = 0, login_blocked_until = NULL WHERE id = $1`, [
          candidate.id,
        ]);
        await this.audit.record(transaction, { kind: 'login.succeeded', actorPersonId: candidate.id, details: { via } });
        return;
      }
      await transaction.query(`INSERT INTO login_failure (person_id, at) VALUES ($1, $2)`, [candidate.id, now]);
      await this.audit.record(transaction, {
        kind: attempt.blockedUntil ? 'login.lockout' : 'login.failed',
        actorPersonId: candidate.id,
        details: {
          via,
          streak: attempt.streak,
          ...(attempt.blockedUntil ? { blockedUntil: attempt.blockedUntil.toISOString() } : {}),
        },
      });
    });
    if (!matches) throw new UnauthorizedException(LOGIN_REFUSED);
    return { personId: candidate.id, mustChangePassword: candidate.password_provisional };
  }

  private async findCandidate(kind: 'email' | 'siret' | 'nir', value: string): Promise<Candidate | null> {
    const columns = 'person.id, person.password_hash, person.password_provisional';
    const query = {
      email: `SELECT ${columns} FROM person WHERE lower(person.email) = lower($1)`,
      // A SIRET opens the account of the firm space's primary administrator.
      siret: `SELECT ${columns} FROM person
                JOIN space_member ON space_member.person_id = person.id AND space_member.is_primary AND space_member.status = 'actif'
                JOIN space ON space.id = space_member.space_id AND space.kind = 'tiers'
               WHERE space.siret = $1`,
      nir: `SELECT ${columns} FROM person WHERE person.nir = $1`,
    }[kind];
    const rows: Candidate[] = await this.dataSource.query(query, [value]);
    return rows[0] ?? null;
  }

  /**
   * Counts this attempt as a failure in advance, in one statement, unless the account is waiting
   * (CNIL: after 5 consecutive failures 1 minute, doubling; at most 25 failures in 24 hours).
   * Returns null when the account may not try now; an attempt refused this way is not counted.
   */
  private async claimAttempt(personId: string, now: Date): Promise<{ streak: number; blockedUntil: Date | null } | null> {
    const [rows] = (await this.dataSource.query(
      `UPDATE person
          SET failed_login_streak = failed_login_streak + 1,
              login_blocked_until = CASE WHEN failed_login_streak + 1 >= $3
                THEN $2::timestamptz + make_interval(secs => $4 * power(2, LEAST(failed_login_streak + 1 - $3, $5)))
                ELSE NULL END
        WHERE id = $1
          AND (login_blocked_until IS NULL OR login_blocked_until <= $2)
          AND (SELECT count(*) FROM login_failure WHERE person_id = $1 AND at > $2::timestamptz - make_interval(secs => $6)) < $7
        RETURNING failed_login_streak, login_blocked_until`,
      [personId, now, FREE_FAILURES, FIRST_WAIT_MS / 1000, MAX_DOUBLINGS, DAY_MS / 1000, MAX_FAILURES_PER_DAY],
    )) as [{ failed_login_streak: number; login_blocked_until: Date | null }[], number];
    const row = rows[0];
    return row ? { streak: row.failed_login_streak, blockedUntil: row.login_blocked_until } : null;
  }
}
