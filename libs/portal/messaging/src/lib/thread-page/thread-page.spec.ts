import { THREAD, UNREAD_URL, type MessagingTest, apiError, buttonByText, errorOf, setUpMessagingTest, textOf, typeInto } from '../testing/messaging-testing';

const THREAD_URL = '/api/messaging/threads/thread-1';

describe('ThreadPage', () => {
  let test: MessagingTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpMessagingTest();
    await test.signIn();
    page = await test.navigate('/messagerie/thread-1');
  });

  afterEach(() => {
    test.answerUnread(0);
    test.http.verify();
  });

  it('shows the history, who wrote each message and when, and reads the header’s count again once read', async () => {
    test.answerUnread(1);
    (await test.nextRequest(THREAD_URL)).flush(THREAD);
    // Read by now: the count is asked again.
    await test.nextRequest(UNREAD_URL);
    await test.settle();

    expect(textOf(page.querySelector('h1'))).toBe('Attestation de vigilance');
    const messages = Array.from(page.querySelectorAll('pt-thread-history li'));
    expect(messages.map((message) => textOf(message.querySelector('.message__header')))).toEqual([
      'Vous — Marie Lefebvre, le 27 novembre 2026 à 10:00',
      'Votre Urssaf — Sophie Garnier, le 27 novembre 2026 à 16:45',
    ]);
    expect(messages[0].querySelector('.message__body')?.textContent).toBe('Bonjour,\nPouvez-vous m’envoyer l’attestation ?');
    expect(textOf(page.querySelector('#repondre-titre'))).toBe('Répondre');
  });

  it('answers with « Répondre », adds the message to the history and says it was sent', async () => {
    (await test.nextRequest(THREAD_URL)).flush(THREAD);
    await test.settle();

    buttonByText(page, 'Envoyer').click();
    await test.settle();
    const field = page.querySelector('pt-reply-form textarea') as HTMLTextAreaElement;
    expect(errorOf(field)).toBe('Écrivez votre message.');
    expect(document.activeElement).toBe(field);

    typeInto(field, ' Merci beaucoup. ');
    buttonByText(page, 'Envoyer').click();
    const reply = await test.nextRequest(`${THREAD_URL}/messages`, 'POST');
    expect(reply.request.body).toEqual({ body: 'Merci beaucoup.' });
    reply.flush({
      ...THREAD,
      messages: [...THREAD.messages, { id: 'm3', side: 'espace', authorName: 'Marie Lefebvre', body: 'Merci beaucoup.', sentAt: '2026-11-27T16:00:00.000Z' }],
    });
    await test.settle();

    expect(page.querySelectorAll('pt-thread-history li')).toHaveLength(3);
    expect(textOf(page.querySelector('[role="status"]'))).toBe('Votre message a été envoyé à votre Urssaf.');
    expect(field.value).toBe('');
    expect(errorOf(field)).toBeNull();
  });

  it('says so when the conversation is not the space’s', async () => {
    (await test.nextRequest(THREAD_URL)).flush(...apiError(404, 'Cette conversation n’existe pas.'));
    await test.settle();
    expect(textOf(page.querySelector('[role="alert"]'))).toBe('Cette conversation n’existe pas.');
    expect(page.querySelector('pt-reply-form')).toBeNull();
  });
});
