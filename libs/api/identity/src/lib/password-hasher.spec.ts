import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  it('runs at most one hash per core at a time, and every call still completes', async () => {
    const hasher = new PasswordHasher({ bcryptCost: 4 } as never);
    let peak = 0;
    const probe = setInterval(() => {
      peak = Math.max(peak, (hasher as unknown as { running: number }).running);
    }, 0);
    const hash = await hasher.hash('Kp7wZ2qa');
    const results = await Promise.all(Array.from({ length: 12 }, (_, index) => hasher.verify(index % 2 ? 'Kp7wZ2qa' : 'Faux1234', hash)));
    clearInterval(probe);
    expect(results.filter(Boolean)).toHaveLength(6);
    expect(peak).toBeLessThanOrEqual(availableParallelism());
    expect((hasher as unknown as { waiting: unknown[] }).waiting).toHaveLength(0);
  });
});
