import type { MessageSide } from '@portail/domain';

/** Where the app mounts the Messagerie (apps/portal/src/app/app.routes.ts). */
export const MESSAGING_URL = '/messagerie';
export const NEW_THREAD_URL = `${MESSAGING_URL}/nouveau`;
export const BACKOFFICE_MESSAGING_URL = '/conseiller/messagerie';

export const threadUrlOf = (threadId: string) => `${MESSAGING_URL}/${threadId}`;
export const backofficeThreadUrlOf = (threadId: string) => `${BACKOFFICE_MESSAGING_URL}/${threadId}`;

/** Who wrote, as the space reads its own conversations. */
export const SPACE_SIDE_LABELS: Record<MessageSide, string> = { espace: 'Vous', urssaf: 'Votre Urssaf' };

/** « 2 messages », « 1 message non lu »: French plurals of the lists. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count > 1 ? plural : singular}`;
}
