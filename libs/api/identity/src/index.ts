export { IdentityModule } from './lib/identity.module';
export { Person } from './lib/person.entity';
export { Space, SpaceMember } from './lib/space.entity';
export { OneTimeTokens, sha256, type TokenPurpose, type TokenUse } from './lib/one-time-tokens';
export { PasswordHasher } from './lib/password-hasher';
export { PasswordChangeService } from './lib/password-change.service';
export {
  actingTrainerOf,
  type ActingTrainer,
  type ResolvedSession,
  Sessions,
  SESSION_IDLE_MINUTES,
  SESSION_ABSOLUTE_HOURS,
} from './lib/sessions';
export { SessionStateReader } from './lib/session-state';
export { AWAITING_CONFIGURATION } from './lib/awaiting-configuration';
export { setSessionCookie, clearSessionCookie } from './lib/session-cookie';
