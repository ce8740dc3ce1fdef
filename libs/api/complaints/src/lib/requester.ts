import { ForbiddenException } from '@nestjs/common';
import { type AuthenticatedSession, SPACE_MEMBERS_ONLY } from '@portail/api-core';

/** Who writes to the organisms: a person, on behalf of their current space. */
export interface Requester {
  personId: string;
  spaceId: string;
}

/** The @SpaceMember policy already checked the membership; a session without a space never gets here. */
export function requesterOf(session: AuthenticatedSession): Requester {
  if (!session.spaceId) throw new ForbiddenException(SPACE_MEMBERS_ONLY);
  return { personId: session.personId, spaceId: session.spaceId };
}
