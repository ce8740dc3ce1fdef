import { BACKOFFICE_THREAD, type MessagingTest, buttonByText, setUpMessagingTest, textOf, typeInto } from '../testing/messaging-testing';

const THREAD_URL = '/api/backoffice/messaging/threads/thread-1';

describe('BackofficeThreadPage', () => {
  let test: MessagingTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpMessagingTest();
    page = await test.navigate('/conseiller/messagerie/thread-1');
    (await test.nextRequest(THREAD_URL)).flush(BACKOFFICE_THREAD);
    await test.settle();
  });

  afterEach(() => test.http.verify());

  it('shows the conversation under the space’s name', () => {
    expect(textOf(page.querySelector('h1'))).toBe('Attestation de vigilance');
    expect(textOf(page.querySelector('.space'))).toBe('Espace : Cabinet Lefebvre (Tiers mandaté)');
    expect(Array.from(page.querySelectorAll('.message__header'), textOf)).toEqual([
      'Cabinet Lefebvre — Marie Lefebvre, le 27 novembre 2026 à 10:00',
      'Urssaf — Sophie Garnier, le 27 novembre 2026 à 16:45',
    ]);
  });

  it('answers as the Urssaf and says the e-mail notice went out', async () => {
    typeInto(page.querySelector('pt-reply-form textarea') as HTMLTextAreaElement, 'Votre attestation est prête.');
    buttonByText(page, 'Envoyer').click();
    const answer = await test.nextRequest(`${THREAD_URL}/messages`, 'POST');
    expect(answer.request.body).toEqual({ body: 'Votre attestation est prête.' });
    answer.flush({
      thread: {
        ...BACKOFFICE_THREAD,
        messages: [
          ...BACKOFFICE_THREAD.messages,
          { id: 'm3', side: 'urssaf', authorName: 'Sophie Garnier', body: 'Votre attestation est prête.', sentAt: '2026-11-27T16:00:00.000Z' },
        ],
      },
      noticeSentTo: 'marie.lefebvre@cabinet-lefebvre.fr',
    });
    await test.settle();

    expect(page.querySelectorAll('.message')).toHaveLength(3);
    expect(textOf(page.querySelector('[role="status"]'))).toBe(
      'Votre réponse a été envoyée. Un courriel d’avis a été envoyé à marie.lefebvre@cabinet-lefebvre.fr, sans le contenu du message.',
    );
  });
});
