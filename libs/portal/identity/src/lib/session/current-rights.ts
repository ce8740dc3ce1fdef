import { computed, inject, type Signal } from '@angular/core';
import type { FirmRight } from '@portail/domain';
import { SessionStore } from './session-store';

/**
 * Whether the current space lets the person use a right: a collaborator's rights as given by their
 * administrator, every right for the others. Only hides what the API would refuse anyway (403):
 * the API checks the rights again on every request.
 */
export function injectCurrentRights(): Signal<(right: FirmRight) => boolean> {
  const session = inject(SessionStore);
  return computed(() => {
    const rights = session.currentSpace()?.rights ?? [];
    return (right: FirmRight) => rights.includes(right);
  });
}
