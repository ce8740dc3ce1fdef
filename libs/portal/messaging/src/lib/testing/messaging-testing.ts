/**
 * Test-only helpers for the Messagerie's specs (never exported from the library's index).
 */
import { TestBed } from '@angular/core/testing';
import { FIRM_RIGHTS, type BackofficeThread, type MessageThread, type SessionState } from '@portail/domain';
import { type RoutedTest, setUpRoutedTest } from '@portail/portal-forms/testing';
import { SessionStore } from '@portail/portal-identity';
import { messagingBackofficeRoutes, messagingRoutes } from '../messaging.routes';

export { apiError, buttonByText, errorOf, fieldByLabel, linkByText, textOf, typeInto } from '@portail/portal-forms/testing';

export const UNREAD_URL = '/api/messaging/unread';

export const SESSION: SessionState = {
  person: { id: 'person-marie', email: 'marie.lefebvre@cabinet-lefebvre.fr', civility: 'Mme', firstName: 'Marie', lastName: 'Lefebvre', backofficeRole: null },
  mustChangePassword: false,
  spaces: [{ id: 'space-lefebvre', kind: 'tiers', name: 'Cabinet Lefebvre', siret: '44306184100013', status: 'actif', role: 'administrateur', rights: [...FIRM_RIGHTS] }],
  currentSpaceId: 'space-lefebvre',
};

export const THREAD: MessageThread = {
  id: 'thread-1',
  subject: 'Attestation de vigilance',
  createdAt: '2026-11-27T09:00:00.000Z',
  lastMessageAt: '2026-11-27T15:45:00.000Z',
  messages: [
    { id: 'm1', side: 'espace', authorName: 'Marie Lefebvre', body: 'Bonjour,\nPouvez-vous m’envoyer l’attestation ?', sentAt: '2026-11-27T09:00:00.000Z' },
    { id: 'm2', side: 'urssaf', authorName: 'Sophie Garnier', body: 'Elle est disponible dans votre espace.', sentAt: '2026-11-27T15:45:00.000Z' },
  ],
};

export const BACKOFFICE_THREAD: BackofficeThread = { ...THREAD, spaceId: 'space-lefebvre', spaceName: 'Cabinet Lefebvre', spaceKind: 'tiers' };

export interface MessagingTest extends RoutedTest {
  /** Reads the session as the shell does, and answers it. */
  signIn(session?: SessionState): Promise<void>;
  /** Answers every pending read of the header's count (the store reads it at each page change). */
  answerUnread(count: number): void;
}

export async function setUpMessagingTest(): Promise<MessagingTest> {
  const test = await setUpRoutedTest([
    { path: 'messagerie', children: messagingRoutes },
    { path: 'conseiller/messagerie', children: messagingBackofficeRoutes },
  ]);
  return {
    ...test,
    async signIn(session = SESSION) {
      const loaded = TestBed.inject(SessionStore).ensureLoaded();
      test.http.expectOne('/api/auth/session').flush(session);
      await loaded;
    },
    answerUnread(count) {
      for (const request of test.http.match(UNREAD_URL)) {
        request.flush({ count });
      }
    },
  };
}

