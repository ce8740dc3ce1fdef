import { Global, Module } from '@nestjs/common';
import { AuditTrail } from '../audit/audit-trail';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { SandboxFaults } from '../sandbox/sandbox-faults';
import { Clock } from './clock';

@Global()
/** The clock, the audit trail, the rate limiter and the sandbox's faults: used by every area. */
@Module({ providers: [Clock, AuditTrail, RateLimiter, SandboxFaults], exports: [Clock, AuditTrail, RateLimiter, SandboxFaults] })
export class ClockModule {}
