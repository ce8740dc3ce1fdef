import { Inject, Injectable } from '@nestjs/common';
import { APP_SETTINGS, type AppSettings } from '@portail/api-core';
import { compare, hash, hashSync } from 'bcrypt';
import { availableParallelism } from 'node:os';

/**
 * bcrypt at the configured cost (12 in production). `verify` without a hash compares against a
 * dummy hash of the same cost, so an unknown identifier costs the same time as a wrong password.
 *
 * At most one hash per core runs at a time; the others wait here, in JavaScript. bcrypt runs on
 * libuv's thread pool, which also serves the SCRAM handshake of new PostgreSQL connections and
 * file reads: a login storm must leave it threads for them (measured: docs/PERFORMANCE.md).
 */
@Injectable()
export class PasswordHasher {
  private readonly dummyHash: string;
  private readonly slots = availableParallelism();
  private readonly waiting: (() => void)[] = [];
  private running = 0;

  constructor(@Inject(APP_SETTINGS) private readonly settings: AppSettings) {
    this.dummyHash = hashSync('dummy000', settings.bcryptCost);
  }

  hash(password: string): Promise<string> {
    return this.oneAtATimePerCore(() => hash(password, this.settings.bcryptCost));
  }

  async verify(password: string, passwordHash: string | null | undefined): Promise<boolean> {
    const matches = await this.oneAtATimePerCore(() => compare(password, passwordHash ?? this.dummyHash));
    return matches && Boolean(passwordHash);
  }

  private async oneAtATimePerCore<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.slots) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }
}
