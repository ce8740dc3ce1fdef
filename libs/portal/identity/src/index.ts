export { identityRoutes } from './lib/identity.routes';
export { SessionStore } from './lib/session/session-store';
export {
  requireBackoffice,
  requireCurrentSpace,
  requireCurrentSpaceWithFreshRights,
  requirePasswordChanged,
  requireSession,
} from './lib/session/session-guards';
export { sessionExpiryInterceptor } from './lib/session/session-expiry.interceptor';
export { homeUrlOf } from './lib/session/landing';
export { injectCurrentRights } from './lib/session/current-rights';
export { UnreadMessagesStore } from './lib/unread-messages/unread-messages-store';
