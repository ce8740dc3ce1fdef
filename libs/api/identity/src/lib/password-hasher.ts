import { Inject, Injectable } from '@nestjs/common';
import { APP_SETTINGS, type AppSettings } from '@portail/api-core';
import { compare, hash, hashSync } from 'bcrypt';

/**
 * bcrypt at the configured cost (12 in production). `verify` without a hash compares against a
 * dummy hash of the same cost, so an unknown identifier costs the same time as a wrong password.
 */
@Injectable()
export class PasswordHasher {
  private readonly dummyHash: string;

  constructor(@Inject(APP_SETTINGS) private readonly settings: AppSettings) {
    this.dummyHash = hashSync('dummy000', settings.bcryptCost);
  }

  hash(password: string): Promise<string> {
    return hash(password, this.settings.bcryptCost);
  }

  async verify(password: string, passwordHash: string | null | undefined): Promise<boolean> {
    const matches = await compare(password, passwordHash ?? this.dummyHash);
    return matches && Boolean(passwordHash);
  }
}
