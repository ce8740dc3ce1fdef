import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { BackofficeRole } from '@portail/domain';
import type { SessionMembership } from './access';

/** What the SessionGuard attaches to the request once the session cookie is verified. */
export interface AuthenticatedSession {
  idHash: Buffer;
  personId: string;
  spaceId: string | null;
  mustChangePassword: boolean;
  backofficeRole: BackofficeRole | null;
  /** The membership of the current space (null without one), read in the same statement as the session. */
  membership: SessionMembership | null;
}

export interface RequestWithSession {
  authSession?: AuthenticatedSession | null;
}

/** The caller's session; only on routes that require one. */
export const CurrentSession = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedSession => {
  const session = context.switchToHttp().getRequest<RequestWithSession>().authSession;
  if (!session) throw new Error('CurrentSession used on a public route');
  return session;
});
