import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '@portail/api-identity';

/**
 * The bcrypt hashes of the personas' and trainees' passwords, computed once per process.
 *
 * Why: bcrypt is slow on purpose (cost 12 ≈ 200 ms a hash, one per core at a time). A reset
 * writes some twenty personas and up to sixty trainees: hashing them again at every reset would
 * take seconds, most of the « ≤ 5 s » a reset may last. These passwords are public (printed on
 * the persona and trainee cards, sandbox only), so reusing one salted hash for the same password
 * across resets gives nothing away. Hashes are computed with the application's PasswordHasher,
 * at its cost, outside any transaction: no database connection waits on a bcrypt.
 */
@Injectable()
export class PersonaPasswords {
  private readonly hashes = new Map<string, Promise<string>>();

  constructor(private readonly hasher: PasswordHasher) {}

  /** password → hash for every password given (each distinct password hashed at most once per process). */
  async hashAll(passwords: Iterable<string>): Promise<Map<string, string>> {
    const distinct = [...new Set(passwords)];
    const hashes = await Promise.all(distinct.map((password) => this.hashOf(password)));
    return new Map(distinct.map((password, index) => [password, hashes[index]]));
  }

  private hashOf(password: string): Promise<string> {
    let hash = this.hashes.get(password);
    if (!hash) {
      hash = this.hasher.hash(password);
      // A failed hash is not remembered: the next reset tries again.
      void hash.catch(() => this.hashes.delete(password));
      this.hashes.set(password, hash);
    }
    return hash;
  }
}
