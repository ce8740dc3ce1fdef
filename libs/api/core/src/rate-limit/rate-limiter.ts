import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';

export interface RateLimit {
  /** How many hits a window allows. */
  limit: number;
  windowMs: number;
}

/**
 * Fixed-window counters in PostgreSQL, shared by every API instance, on the sandbox clock.
 * Used before any expensive work (e.g. per address, before a password hash is computed).
 */
@Injectable()
export class RateLimiter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Counts one hit; true while the bucket is within its limit. */
  async allow(bucket: string, { limit, windowMs }: RateLimit): Promise<boolean> {
    const now = await this.clock.now();
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const [row]: { hits: number }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_hit (bucket, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_hit.hits + 1
       RETURNING hits`,
      [bucket, windowStart],
    );
    return row.hits <= limit;
  }
}
