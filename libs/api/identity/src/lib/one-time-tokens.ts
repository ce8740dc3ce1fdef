import { Injectable } from '@nestjs/common';
import { Clock } from '@portail/api-core';
import type { LinkRefusal } from '@portail/domain';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export type TokenPurpose = 'email-validation' | 'password-creation' | 'password-reset' | 'activation';

export type TokenUse = { used: true; personId: string } | { used: false; reason: LinkRefusal['reason'] };

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Links sent by e-mail: 256 random bits, of which only the SHA-256 is stored. A new token for a
 * person and purpose cancels the previous ones; a token is used once, in one SQL statement, before
 * its expiry on the sandbox clock.
 */
@Injectable()
export class OneTimeTokens {
  constructor(private readonly clock: Clock) {}

  async issue(transaction: EntityManager, personId: string, purpose: TokenPurpose, lifetimeMs: number): Promise<string> {
    const now = await this.clock.now(transaction);
    await transaction.query(
      `UPDATE one_time_token SET cancelled_at = $3
        WHERE person_id = $1 AND purpose = $2 AND used_at IS NULL AND cancelled_at IS NULL`,
      [personId, purpose, now],
    );
    const token = randomBytes(32).toString('base64url');
    await transaction.query(
      `INSERT INTO one_time_token (purpose, token_hash, person_id, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)`,
      [purpose, sha256(token), personId, new Date(now.getTime() + lifetimeMs), now],
    );
    return token;
  }

  /** Uses the token if it is valid now; otherwise says why (expired, used, replaced by a newer link, unknown). */
  async use(transaction: EntityManager, purpose: TokenPurpose, token: string): Promise<TokenUse> {
    const now = await this.clock.now(transaction);
    const hash = sha256(token);
    const used: { person_id: string }[] = await transaction.query(
      `UPDATE one_time_token SET used_at = $3
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND cancelled_at IS NULL AND expires_at > $3
        RETURNING person_id`,
      [hash, purpose, now],
    ).then(([rows]: [{ person_id: string }[]]) => rows);
    if (used.length === 1) return { used: true, personId: used[0].person_id };
    const [known]: { used_at: Date | null; cancelled_at: Date | null }[] = await transaction.query(
      `SELECT used_at, cancelled_at FROM one_time_token WHERE token_hash = $1 AND purpose = $2`,
      [hash, purpose],
    );
    if (!known) return { used: false, reason: 'unknown' };
    if (known.used_at) return { used: false, reason: 'used' };
    return { used: false, reason: known.cancelled_at ? 'replaced' : 'expired' };
  }
}
