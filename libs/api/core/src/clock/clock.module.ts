import { Global, Module } from '@nestjs/common';
import { AuditTrail } from '../audit/audit-trail';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { Clock } from './clock';

@Global()
/** The clock, the audit trail and the rate limiter: used by every area. */
@Module({ providers: [Clock, AuditTrail, RateLimiter], exports: [Clock, AuditTrail, RateLimiter] })
export class ClockModule {}
