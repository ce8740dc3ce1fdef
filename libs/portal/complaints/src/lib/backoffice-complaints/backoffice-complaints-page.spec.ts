import {
  type ComplaintsTest,
  aBackofficeComplaint,
  apiError,
  buttonByText,
  setUpComplaintsTest,
  textOf,
  typeInto,
} from '../testing/complaints-testing';

const LIST_URL = '/api/backoffice/complaints';
const ANSWERED = aBackofficeComplaint({
  id: 'complaint-2',
  reference: 'REC-2027-000043',
  subject: 'Majoration',
  status: 'repondue',
  answer: { body: 'La majoration est maintenue.', answeredAt: '2027-03-05T14:00:00.000Z' },
});

describe('BackofficeComplaintsPage', () => {
  let test: ComplaintsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpComplaintsTest();
    page = await test.navigate('/conseiller/reclamations');
  });

  afterEach(() => test.http.verify());

  const pending = (id: string) => page.querySelector(`#reclamation-${id}`)?.closest('li') as HTMLElement;

  it('lists the réclamations to answer apart from the answered ones, under the back-office navigation', async () => {
    (await test.nextRequest(LIST_URL)).flush([aBackofficeComplaint(), ANSWERED]);
    await test.settle();

    expect(textOf(page.querySelector('h1'))).toBe('Réclamations');
    expect(page.querySelector('pt-backoffice-nav a[aria-current="page"]')?.getAttribute('href')).toBe('/conseiller/reclamations');
    expect(textOf(page.querySelector('#a-repondre-titre'))).toBe('À traiter (1)');
    expect(textOf(pending('complaint-1').querySelector('h3'))).toBe('REC-2027-000042 — Échéance de mars');
    expect(textOf(pending('complaint-1').querySelector('.item__meta'))).toBe(
      'Paul Durand, déposée par Paul Durand le 2 mars 2027 à 10:15 · vos cotisations → votre Urssaf',
    );
    const answered = page.querySelector('section[aria-labelledby="repondues-titre"] li');
    expect(textOf(answered?.querySelector('h3'))).toBe('REC-2027-000043 — Majoration Répondue');
    expect(textOf(answered?.querySelector('.item__answer'))).toBe('Réponse : La majoration est maintenue.');
  });

  it('requires the answer, then sends it and reads the list again', async () => {
    (await test.nextRequest(LIST_URL)).flush([aBackofficeComplaint()]);
    await test.settle();
    const item = pending('complaint-1');
    buttonByText(item, 'Répondre').click();
    await test.settle();
    expect(textOf(item.querySelector('mat-error'))).toBe('La réponse est obligatoire.');
    expect(document.activeElement).toBe(item.querySelector('textarea'));

    typeInto(item.querySelector('textarea'), ' Le second prélèvement vous a été remboursé. ');
    buttonByText(item, 'Répondre').click();
    const sent = await test.nextRequest(`${LIST_URL}/complaint-1/answer`, 'POST');
    expect(sent.request.body).toEqual({ body: 'Le second prélèvement vous a été remboursé.' });
    const answered = { ...aBackofficeComplaint(), status: 'repondue' as const, answer: { body: 'Le second prélèvement vous a été remboursé.', answeredAt: '2027-03-06T09:00:00.000Z' } };
    sent.flush(answered);
    (await test.nextRequest(LIST_URL)).flush([answered]);
    await test.settle();

    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'La réponse à la réclamation REC-2027-000042 est enregistrée. Le déposant en est informé par courriel.',
    );
    expect(textOf(page.querySelector('#a-repondre-titre'))).toBe('À traiter (0)');
  });

  it('reads the list again when a colleague answered first (409)', async () => {
    (await test.nextRequest(LIST_URL)).flush([aBackofficeComplaint()]);
    await test.settle();
    const item = pending('complaint-1');
    typeInto(item.querySelector('textarea'), 'Réponse');
    buttonByText(item, 'Répondre').click();
    (await test.nextRequest(`${LIST_URL}/complaint-1/answer`, 'POST')).flush(...apiError(409, 'Cette réclamation a déjà reçu une réponse.'));
    (await test.nextRequest(LIST_URL)).flush([ANSWERED]);
    await test.settle();
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain('Cette réclamation a déjà reçu une réponse.');
  });
});
