import type { World } from '../authorization-world';
import type { TestApp } from '../create-test-app';
import type { Row } from '../matrix-row';

/** A thread of the world's firm, opened by its administrator, with one message. */
async function firmThread(test: TestApp, world: World): Promise<{ threadId: string }> {
  const [{ id }]: { id: string }[] = await test.dataSource.query(
    `INSERT INTO message_thread (space_id, subject, created_by_person_id, created_at, last_message_at, last_message_side)
     VALUES ($1, 'Question de la matrice', $2, now(), now(), 'espace') RETURNING id`,
    [world.firmSpaceId, world.adminId],
  );
  await test.dataSource.query(
    `INSERT INTO message (thread_id, side, author_person_id, body, sent_at) VALUES ($1, 'espace', $2, 'Bonjour', now())`,
    [id, world.adminId],
  );
  return { threadId: id };
}

const threadOf = (world: World) => (world as World & { threadId: string }).threadId;
const spaceThread = (world: World) => `/api/messaging/threads/${threadOf(world)}`;
const backofficeThread = (world: World) => `/api/backoffice/messaging/threads/${threadOf(world)}`;

//                                               anon  ti   gest cons decl paie mess hors autre admin cons. form.
/**
 * « Messagerie », the space side and the Conseiller side. The space side is the caller's own
 * space: the TI's and the other firm's administrator's lists are their own (200), the world's
 * firm's thread is not theirs (404); a collaborator needs the « messagerie » right (« hors
 * périmètre » holds every right); the back-office staff have no space (403). The Conseiller's
 * side does not exist for anyone else (404).
 */
export const MESSAGING_ROWS: Record<string, Row> = {
  'get /api/messaging/threads': { call: () => ({ path: '/api/messaging/threads' }), expected: [401, 200, 403, 403, 403, 403, 200, 200, 200, 200, 403, 403] },
  'post /api/messaging/threads': {
    call: () => ({ path: '/api/messaging/threads', body: { subject: 'Question de la matrice', body: 'Bonjour' } }),
    expected: [401, 201, 403, 403, 403, 403, 201, 201, 201, 201, 403, 403],
  },
  'get /api/messaging/threads/{threadId}': {
    prepare: firmThread,
    call: (world) => ({ path: spaceThread(world) }),
    expected: [401, 404, 403, 403, 403, 403, 200, 200, 404, 200, 403, 403],
  },
  'post /api/messaging/threads/{threadId}/messages': {
    prepare: firmThread,
    call: (world) => ({ path: `${spaceThread(world)}/messages`, body: { body: 'Une précision' } }),
    expected: [401, 404, 403, 403, 403, 403, 201, 201, 404, 201, 403, 403],
  },
  'get /api/messaging/unread': { call: () => ({ path: '/api/messaging/unread' }), expected: [401, 200, 403, 403, 403, 403, 200, 200, 200, 200, 403, 403] },

  'get /api/backoffice/messaging/threads': {
    call: () => ({ path: '/api/backoffice/messaging/threads', query: { filter: 'a-traiter' } }),
    expected: [401, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 404],
  },
  'get /api/backoffice/messaging/threads/{threadId}': {
    prepare: firmThread,
    call: (world) => ({ path: backofficeThread(world) }),
    expected: [401, 404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 404],
  },
  'post /api/backoffice/messaging/threads/{threadId}/messages': {
    prepare: firmThread,
    call: (world) => ({ path: `${backofficeThread(world)}/messages`, body: { body: 'La réponse de l’Urssaf' } }),
    expected: [401, 404, 404, 404, 404, 404, 404, 404, 404, 404, 201, 404],
  },
};
