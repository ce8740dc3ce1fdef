import { THREAD, type MessagingTest, apiError, buttonByText, errorOf, fieldByLabel, setUpMessagingTest, textOf, typeInto } from '../testing/messaging-testing';

const THREADS_URL = '/api/messaging/threads';

describe('NewThreadPage', () => {
  let test: MessagingTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpMessagingTest();
    await test.signIn();
    page = await test.navigate('/messagerie/nouveau');
    test.answerUnread(0);
  });

  afterEach(() => {
    test.answerUnread(0);
    test.http.verify();
  });

  const subject = () => fieldByLabel(page, 'Objet');
  const body = () => page.querySelector('textarea') as HTMLTextAreaElement;

  it('asks for an object of 3 characters at least and a message, before sending anything', async () => {
    expect(textOf(page.querySelector('h1'))).toBe('Nouveau message');
    typeInto(subject(), ' Ok ');
    buttonByText(page, 'Envoyer').click();
    await test.settle();

    expect(errorOf(subject())).toBe('L’objet doit comporter au moins 3 caractères.');
    expect(errorOf(body())).toBe('Écrivez votre message.');
    expect(document.activeElement).toBe(subject());
    test.http.expectNone(THREADS_URL);
  });

  it('sends the trimmed object and message, then opens the conversation and says it was sent', async () => {
    typeInto(subject(), '  Attestation de vigilance ');
    typeInto(body(), '\nBonjour,\nPouvez-vous m’envoyer l’attestation ?  ');
    buttonByText(page, 'Envoyer').click();

    const sent = await test.nextRequest(THREADS_URL, 'POST');
    expect(sent.request.body).toEqual({ subject: 'Attestation de vigilance', body: 'Bonjour,\nPouvez-vous m’envoyer l’attestation ?' });
    sent.flush({ ...THREAD, messages: THREAD.messages.slice(0, 1) });
    (await test.nextRequest(`${THREADS_URL}/thread-1`)).flush({ ...THREAD, messages: THREAD.messages.slice(0, 1) });
    await test.settle();
    test.answerUnread(0);

    expect(test.router.url).toBe('/messagerie/thread-1');
    const shown = test.harness.routeNativeElement as HTMLElement;
    expect(textOf(shown.querySelector('h1'))).toBe('Attestation de vigilance');
    expect(textOf(shown.querySelector('[role="status"]'))).toBe(
      'Votre message a été envoyé à votre Urssaf. Sa réponse arrivera dans cette conversation.',
    );
  });

  it('shows the API’s sentence under its field, and the rate limit above the form', async () => {
    typeInto(subject(), 'Question');
    typeInto(body(), 'Bonjour');
    buttonByText(page, 'Envoyer').click();
    (await test.nextRequest(THREADS_URL, 'POST')).flush(
      ...apiError(400, 'Le message contient un caractère non admis (champ « body »).', {
        errors: [{ field: 'body', message: 'Le message contient un caractère non admis (champ « body »).' }],
      }),
    );
    await test.settle();
    expect(errorOf(body())).toBe('Le message contient un caractère non admis (champ « body »).');

    typeInto(body(), 'Bonjour encore');
    buttonByText(page, 'Envoyer').click();
    (await test.nextRequest(THREADS_URL, 'POST')).flush(...apiError(429, 'Vous avez envoyé 30 messages en moins d’une heure.'));
    await test.settle();
    expect(textOf(page.querySelector('[role="alert"]'))).toBe('Vous avez envoyé 30 messages en moins d’une heure.');
  });
});
